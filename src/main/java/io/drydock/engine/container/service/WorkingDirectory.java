package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.fs.RootPaths;
import io.drydock.supervisor.snapshot.Mounts;
import io.drydock.supervisor.snapshot.Snapshotter;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * dockerd's {@code SetupWorkingDirectory}: a container's working directory is made inside its
 * rootfs ({@code mkdir -p}, mode 0755, owned by root, as the daemon makes it) when the container
 * is created and again before every start, so {@code -w /new/dir} works and the process never
 * starts in a missing directory. Symlinks on the way are followed inside the rootfs only. A
 * working directory that exists as something else than a directory is refused with dockerd's
 * words.
 */
final class WorkingDirectory {
  private WorkingDirectory() {}

  /** The path as dockerd keeps it in Config.WorkingDir: cleaned ({@code /a/b/../c/} is {@code /a/c}); empty stays empty. */
  static String clean(String workingDir) {
    return workingDir.isEmpty() ? "" : RootPaths.absolute(workingDir);
  }

  /** Mounts the container's snapshot just long enough to make the directory (the create's case). */
  static void createUnmounted(Snapshotter snapshotter, String snapshotKey, Path rootfs, String workingDir) {
    if (clean(workingDir).length() <= 1) {
      return;
    }
    Mounts.mount(snapshotter.mounts(snapshotKey), rootfs);
    try {
      create(rootfs, workingDir);
    } finally {
      Mounts.unmount(rootfs);
    }
  }

  /** Makes every missing directory of {@code workingDir} below the mounted {@code rootfs}. */
  static void create(Path rootfs, String workingDir) {
    String clean = clean(workingDir);
    if (clean.length() <= 1) {
      return;
    }
    String resolved = RootPaths.resolveAll(rootfs, clean);
    Path dir = rootfs;
    String inside = "";
    for (String part : resolved.split("/")) {
      dir = dir.resolve(part);
      inside = inside + "/" + part;
      try {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
      } catch (FileAlreadyExistsException e) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
          throw notADirectory(clean, inside, resolved);
        }
      } catch (IOException e) {
        throw new DrydockException.SystemError("mkdir " + inside + ": " + e.getMessage(), e);
      }
    }
  }

  private static DrydockException notADirectory(String clean, String inside, String resolved) {
    if (inside.equals("/" + resolved)) {
      return new DrydockException.SystemError("Cannot mkdir: " + clean + " is not a directory");
    }
    // a file on the way: dockerd passes on its stat's error, which names the path in the rootfs
    return new DrydockException.SystemError("lstat /" + resolved + ": not a directory");
  }
}
