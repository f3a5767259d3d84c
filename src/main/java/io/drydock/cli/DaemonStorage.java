package io.drydock.cli;

import io.drydock.common.DrydockException;
import io.drydock.supervisor.content.FileContentStore;
import io.drydock.supervisor.snapshot.CopySnapshotter;
import io.drydock.supervisor.snapshot.MountSpec;
import io.drydock.supervisor.snapshot.Mounts;
import io.drydock.supervisor.snapshot.OverlaySnapshotter;
import io.drydock.supervisor.snapshot.Snapshotter;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's on-disk stores under the data root: blobs ({@code content/}), and the snapshots of
 * image layers and containers ({@code overlay/}, or {@code copy/} where the kernel cannot mount an
 * overlay on the data root, e.g. when it sits on an overlay itself). The choice is made by trying a
 * real overlay mount once, since /proc/filesystems alone does not say whether the upper directory's
 * file system can carry one.
 */
record DaemonStorage(FileContentStore content, Snapshotter snapshotter, String snapshotterName) {
  private static final Logger LOG = LoggerFactory.getLogger(DaemonStorage.class);

  static DaemonStorage open(Path dataRoot) {
    FileContentStore content = FileContentStore.open(dataRoot.resolve("content"));
    if (overlayWorks(dataRoot)) {
      return new DaemonStorage(content, OverlaySnapshotter.open(dataRoot.resolve("overlay")), "overlay");
    }
    LOG.warn("overlay mounts do not work on {}; using the copy snapshotter (slower, more disk)", dataRoot);
    return new DaemonStorage(content, CopySnapshotter.open(dataRoot.resolve("copy")), "copy");
  }

  private static boolean overlayWorks(Path dataRoot) {
    Path probe = dataRoot.resolve("overlay-probe");
    try {
      for (String d : List.of("lower", "upper", "work", "merged")) {
        Files.createDirectories(probe.resolve(d));
      }
      String options = "lowerdir=" + probe.resolve("lower") + ",upperdir=" + probe.resolve("upper") + ",workdir=" + probe.resolve("work");
      Mounts.mount(List.of(new MountSpec("overlay", "overlay", List.of(options))), probe.resolve("merged"));
      Mounts.unmount(probe.resolve("merged"));
      return true;
    } catch (IOException | DrydockException | UnsupportedOperationException e) {
      LOG.debug("overlay probe failed: {}", e.getMessage());
      return false;
    } catch (RuntimeException e) {
      LOG.debug("overlay probe failed: {}", e.toString());
      return false;
    } finally {
      try {
        TreeRemover.delete(probe);
      } catch (RuntimeException e) {
        LOG.warn("remove {}: {}", probe, e.getMessage());
      }
    }
  }
}
