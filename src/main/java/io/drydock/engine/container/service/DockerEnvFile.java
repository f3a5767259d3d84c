package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The empty {@code /.dockerenv} that dockerd puts in every container (mode 0755, owned by root):
 * scripts and libraries test for it to learn that they run in a container, so drydock makes it
 * too, before each start, unless the path exists already (as anything: an image's own entry, even
 * a symlink, is left alone). {@code docker diff} and {@code commit} hide it
 * ({@code MountPointArtifacts}), as dockerd's init layer does; {@code export} shows it.
 */
final class DockerEnvFile {
  static final String NAME = ".dockerenv";

  private DockerEnvFile() {}

  /** Makes {@code /.dockerenv} in the mounted {@code rootfs} when it is missing. */
  static void ensure(Path rootfs) {
    Path file = rootfs.resolve(NAME);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    } catch (FileAlreadyExistsException e) {
      // the image's or an earlier start's
    } catch (IOException e) {
      throw new DrydockException.SystemError("create /" + NAME + ": " + e.getMessage(), e);
    }
  }
}
