package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The files of dockerd's init layer that no mount covers, so a process sees them: the empty
 * {@code /.dockerenv} (mode 0755, owned by root; scripts and libraries test for it to learn that
 * they run in a container) and {@code /etc/mtab}, a symlink to {@code /proc/mounts} (tools that
 * read the mount table there, such as {@code mount} without arguments or older {@code df}s, find
 * it in every image). Each is made before each start unless its path exists already as anything:
 * an image's own entry, even a symlink, is left alone. {@code /etc/mtab} is made only in a real
 * {@code /etc} directory of the rootfs, made when missing; an {@code /etc} that is a symlink is
 * not followed (its target would be resolved on the host). {@code docker diff} and {@code commit}
 * hide both ({@code MountPointArtifacts}), as dockerd's init layer does; {@code export} shows them.
 */
final class InitLayerFiles {
  static final String DOCKERENV = ".dockerenv";
  static final String MTAB = "etc/mtab";
  static final String MTAB_TARGET = "/proc/mounts";

  private InitLayerFiles() {}

  /** Makes the missing ones in the mounted {@code rootfs}. */
  static void ensure(Path rootfs) {
    Path file = rootfs.resolve(DOCKERENV);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    } catch (FileAlreadyExistsException e) {
      // the image's or an earlier start's
    } catch (IOException e) {
      throw new DrydockException.SystemError("create /" + DOCKERENV + ": " + e.getMessage(), e);
    }
    ensureMtab(rootfs);
  }

  private static void ensureMtab(Path rootfs) {
    Path etc = rootfs.resolve("etc");
    try {
      if (!Files.exists(etc, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectory(etc, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
      }
      if (Files.isDirectory(etc, LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(rootfs.resolve(MTAB), Path.of(MTAB_TARGET));
      }
    } catch (FileAlreadyExistsException e) {
      // the image's or an earlier start's
    } catch (IOException e) {
      throw new DrydockException.SystemError("create /" + MTAB + ": " + e.getMessage(), e);
    }
  }
}
