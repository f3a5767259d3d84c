package io.drydock.supervisor.snapshot;

import io.drydock.supervisor.layer.WhiteoutMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The fallback where overlayfs is unavailable (nested in another overlay, some rootless setups):
 * every active snapshot is a full copy of its parent, like containerd's native snapshotter.
 * Layers are applied to the copy with whiteouts applied in place. A view of a committed parent is
 * a read-only bind of the parent itself (committed snapshots never change), so views cost nothing.
 *
 * <pre>
 * root/snapshots/&lt;id&gt;/fs    the full tree of the snapshot
 * </pre>
 */
public final class CopySnapshotter extends StoredSnapshotter {
  private CopySnapshotter(SnapshotStore store) {
    super(store);
  }

  public static CopySnapshotter open(Path root) {
    return new CopySnapshotter(SnapshotStore.open(root.toAbsolutePath().normalize()));
  }

  @Override
  public List<MountSpec> prepare(String key, Optional<String> parent) {
    store.create(key, parent, SnapshotKind.ACTIVE, (id, dir) -> {
      Path fs = dir.resolve("fs");
      if (parent.isPresent()) {
        TreeCopier.copy(fs(store.get(parent.get())), fs);
      } else {
        Files.createDirectory(fs);
      }
    });
    return mounts(key);
  }

  @Override
  public List<MountSpec> view(String key, Optional<String> parent) {
    store.create(key, parent, SnapshotKind.VIEW, (id, dir) -> Files.createDirectory(dir.resolve("fs")));
    return mounts(key);
  }

  @Override
  protected List<MountSpec> activeMounts(SnapshotStore.Entry e, List<SnapshotStore.Entry> chain) {
    return List.of(bind(fs(e), false));
  }

  @Override
  protected List<MountSpec> viewMounts(SnapshotStore.Entry e, List<SnapshotStore.Entry> chain) {
    return List.of(bind(chain.isEmpty() ? fs(e) : fs(chain.get(0)), true));
  }

  @Override
  public LayerTarget layerTarget(String key) {
    return new LayerTarget(fs(active(key)), WhiteoutMode.APPLY);
  }

  /** A full copy is no stack of layers: nothing to name, as dockerd's vfs driver names nothing. */
  @Override
  public List<Path> committedLayers(String key) {
    stat(key);
    return List.of();
  }
}
