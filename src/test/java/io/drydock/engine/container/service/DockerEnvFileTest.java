package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /.dockerenv}: made empty with dockerd's mode when missing, an existing entry left as it is. */
class DockerEnvFileTest {
  @TempDir
  Path rootfs;

  @Test
  void aMissingFileIsMadeEmptyWithModeRwxrxrx() throws Exception {
    DockerEnvFile.ensure(rootfs);
    Path f = rootfs.resolve(".dockerenv");
    assertThat(Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(Files.size(f)).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rwxr-xr-x");
    DockerEnvFile.ensure(rootfs);
    assertThat(Files.size(f)).isZero();
  }

  @Test
  void anImagesOwnEntryIsLeftAloneEvenASymlink() throws Exception {
    Path target = Files.writeString(rootfs.resolve("target"), "kept");
    Files.createSymbolicLink(rootfs.resolve(".dockerenv"), target);
    DockerEnvFile.ensure(rootfs);
    assertThat(Files.isSymbolicLink(rootfs.resolve(".dockerenv"))).isTrue();
    assertThat(Files.readString(target)).isEqualTo("kept");
  }
}
