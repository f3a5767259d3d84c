package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.os.MountCalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * The {@code /dev/shm} of an {@code --ipc shareable} container, made as dockerd 20.10 makes it: a
 * tmpfs ({@code shm}, {@code nosuid,nodev,noexec}, mode 1777, {@code ShmSize} bytes) mounted on
 * the host under the container's directory for as long as it runs, bound into it and into every
 * container that joins its ipc namespace. Released at its exit: the joiners keep theirs (their
 * mount namespaces hold it), and a later joiner finds no directory, so the donor is not shareable.
 */
final class ShareableShm {
  private ShareableShm() {}

  static void mount(Path dir, long sizeBytes) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DrydockException.SystemError("create " + dir + ": " + e.getMessage(), e);
    }
    try {
      MountCalls.mount("shm", dir, "tmpfs", EnumSet.of(MountCalls.Flag.NOSUID, MountCalls.Flag.NODEV, MountCalls.Flag.NOEXEC),
          "mode=1777,size=" + sizeBytes);
    } catch (RuntimeException e) {
      deleteQuietly(dir);
      throw new DrydockException.SystemError("mounting shm tmpfs: " + e.getMessage(), e);
    }
  }

  /** Unmounts and removes the directory; nothing to do when it is not there. */
  static void release(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try {
      MountCalls.unmountDetached(dir);
    } catch (DrydockException notMounted) {
      // a start that failed between the mkdir and the mount
    }
    deleteQuietly(dir);
  }

  private static void deleteQuietly(Path dir) {
    try {
      Files.deleteIfExists(dir);
      Files.deleteIfExists(dir.getParent());
    } catch (IOException e) {
      // left for the container's removal, which deletes its whole directory
    }
  }
}
