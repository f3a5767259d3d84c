package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.supervisor.snapshot.Mounts;
import io.drydock.supervisor.snapshot.SnapshotInfo;
import io.drydock.supervisor.snapshot.SnapshotKind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daemon start, before the API serves: deletes container files that no record names — a
 * container's directory under {@code containers/} and its writable snapshot (key = the container
 * id) — what a power cut brings back of a removal's files after its record was deleted (their
 * deletion is not fsynced, {@link ContainerFilesRemoval}), or a create left before its record was
 * written. A record
 * file that exists but cannot be read still protects its container's files.
 */
final class LeftoverSweep {
  private static final Logger LOG = LoggerFactory.getLogger(LeftoverSweep.class);

  private LeftoverSweep() {}

  /** Deletes every orphan; returns the ids whose files were found without a record. */
  static List<ContainerId> run(ServiceParts parts) {
    List<ContainerId> orphans = new ArrayList<>();
    for (SnapshotInfo s : parts.snapshotter.list()) {
      if (s.kind() == SnapshotKind.ACTIVE && ContainerId.isFullId(s.key()) && !parts.store.has(ContainerId.of(s.key()))) {
        orphans.add(ContainerId.of(s.key()));
      }
    }
    Path root = parts.files.root();
    if (Files.isDirectory(root)) {
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
        for (Path d : dirs) {
          String name = d.getFileName().toString();
          if (ContainerId.isFullId(name) && !parts.store.has(ContainerId.of(name)) && !orphans.contains(ContainerId.of(name))) {
            orphans.add(ContainerId.of(name));
          }
        }
      } catch (IOException e) {
        LOG.warn("cannot list {} for leftovers of removed containers: {}", root, e.getMessage());
      }
    }
    for (ContainerId id : orphans) {
      LOG.info("deleting the files of container {}, which has no record (a removal or create the daemon did not finish)", id.value());
      StartOperation.quietly(() -> Mounts.unmount(parts.files.rootfs(id)));
      try {
        ContainerFilesRemoval.remove(parts, id);
      } catch (RuntimeException e) {
        LOG.warn("files of container {} left for the next daemon start: {}", id.value(), e.getMessage());
      }
    }
    return orphans;
  }
}
