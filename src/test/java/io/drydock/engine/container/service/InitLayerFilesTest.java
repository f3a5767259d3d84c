package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /.dockerenv} and {@code /etc/mtab}: made with dockerd's mode and target when missing, an
 * existing entry left as it is, a symlinked {@code /etc} not followed.
 */
class InitLayerFilesTest {
  @TempDir
  Path rootfs;

  @TempDir
  Path elsewhere;

  @Test
  void aMissingDockerenvIsMadeEmptyWithModeRwxrxrx() throws Exception {
    InitLayerFiles.ensure(rootfs);
    Path f = rootfs.resolve(".dockerenv");
    assertThat(Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(Files.size(f)).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rwxr-xr-x");
    InitLayerFiles.ensure(rootfs);
    assertThat(Files.size(f)).isZero();
  }

  @Test
  void anImagesOwnEntryIsLeftAloneEvenASymlink() throws Exception {
    Path target = Files.writeString(rootfs.resolve("target"), "kept");
    Files.createSymbolicLink(rootfs.resolve(".dockerenv"), target);
    Files.createDirectory(rootfs.resolve("etc"));
    Files.writeString(rootfs.resolve("etc/mtab"), "image's own");
    InitLayerFiles.ensure(rootfs);
    assertThat(Files.isSymbolicLink(rootfs.resolve(".dockerenv"))).isTrue();
    assertThat(Files.readString(target)).isEqualTo("kept");
    assertThat(Files.readString(rootfs.resolve("etc/mtab"))).isEqualTo("image's own");
  }

  @Test
  void mtabLinksToProcMountsAndEtcIsMadeWhenMissing() throws Exception {
    InitLayerFiles.ensure(rootfs);
    assertThat(Files.readSymbolicLink(rootfs.resolve("etc/mtab"))).isEqualTo(Path.of("/proc/mounts"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rootfs.resolve("etc")))).isEqualTo("rwxr-xr-x");
    InitLayerFiles.ensure(rootfs);
    assertThat(Files.readSymbolicLink(rootfs.resolve("etc/mtab"))).isEqualTo(Path.of("/proc/mounts"));
  }

  @Test
  void anEtcThatIsASymlinkIsNotFollowed() throws Exception {
    Files.createSymbolicLink(rootfs.resolve("etc"), elsewhere);
    InitLayerFiles.ensure(rootfs);
    assertThat(elsewhere.resolve("mtab")).doesNotExist();
    assertThat(Files.exists(elsewhere.resolve("mtab"), LinkOption.NOFOLLOW_LINKS)).isFalse();
  }
}
