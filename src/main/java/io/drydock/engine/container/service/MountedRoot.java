package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.engine.container.fs.ReadOnlyView;
import io.drydock.engine.container.fs.SnapshotLayout;
import io.drydock.supervisor.snapshot.MountSpec;
import io.drydock.supervisor.snapshot.Mounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A container's merged root tree for the file verbs. A running (or paused) container's tree is
 * already mounted at its bundle's rootfs and is used as it is. A stopped one is mounted for the
 * time of the verb on a private directory outside the container's directory (so a concurrent
 * remove never walks into it): read-only as a {@link ReadOnlyView} for reads, writable for an
 * extraction, with dockerd's init files made first ({@link InitLayerFiles}: a container never
 * started has them on dockerd too). Closing detaches the mount and deletes the directory.
 */
final class MountedRoot implements AutoCloseable {
  private final Path path;
  private final boolean ours;

  private MountedRoot(Path path, boolean ours) {
    this.path = path;
    this.ours = ours;
  }

  static MountedRoot open(ServiceParts parts, ContainerRecord r, boolean writable, Path scratch) {
    if (r.status() == ContainerStatus.RUNNING || r.status() == ContainerStatus.PAUSED) {
      return new MountedRoot(parts.files.rootfs(r.id()), false);
    }
    parts.awaitExitHandled(r.id()); // the task's cleanup unmounts the run's rootfs: not while this one is mounted
    List<MountSpec> specs = parts.snapshotter.mounts(r.id().value());
    synchronized (parts.startLocks.of(r.id())) { // written unmounted: not while a start mounts it
      ContainerStatus now = parts.get(r.id()).record().status();
      if (now != ContainerStatus.RUNNING && now != ContainerStatus.PAUSED) {
        InitLayerFiles.ensure(SnapshotLayout.of(specs, Optional.empty()));
      }
    }
    if (!writable) {
      specs = ReadOnlyView.of(specs);
    }
    Path dir = scratch.resolve(r.id().value().substring(0, 12) + "-" + UUID.randomUUID());
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DrydockException.SystemError("create a mount point for container " + r.id().value() + ": " + e.getMessage(), e);
    }
    try {
      Mounts.mount(specs, dir);
    } catch (RuntimeException e) {
      deleteQuietly(dir);
      throw e;
    }
    return new MountedRoot(dir, true);
  }

  Path path() {
    return path;
  }

  @Override
  public void close() {
    if (ours) {
      Mounts.unmount(path);
      deleteQuietly(path);
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // an empty directory left under the scratch root; the next daemon start sweeps it (ContainerFilesystems)
    }
  }
}
