package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import io.drydock.engine.container.fs.SnapshotLayout;
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

  @Test
  void aMergedTreeGetsDockerdsWholeInitLayerWithItsModes() throws Exception {
    InitLayerFiles.ensure(rootfs);
    for (String file : List.of(".dockerenv", "dev/console", "etc/hostname", "etc/hosts", "etc/resolv.conf")) {
      assertThat(Files.isRegularFile(rootfs.resolve(file), LinkOption.NOFOLLOW_LINKS)).as(file).isTrue();
      assertThat(Files.size(rootfs.resolve(file))).as(file).isZero();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rootfs.resolve(file)))).as(file).isEqualTo("rwxr-xr-x");
    }
    for (String dir : List.of("dev", "dev/pts", "dev/shm", "etc", "proc", "sys")) {
      assertThat(Files.isDirectory(rootfs.resolve(dir), LinkOption.NOFOLLOW_LINKS)).as(dir).isTrue();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rootfs.resolve(dir)))).as(dir).isEqualTo("rwxr-xr-x");
    }
  }

  @Test
  void anUnmountedOverlayGetsThemInItsUpperDirectoryWithLowerParentsCopiedUp() throws Exception {
    Path upper = Files.createDirectory(elsewhere.resolve("upper"));
    Path lower = Files.createDirectories(elsewhere.resolve("lower/etc"));
    Files.setPosixFilePermissions(lower, PosixFilePermissions.fromString("rwxr-x---"));
    Files.setAttribute(lower, "unix:gid", 4);
    Files.writeString(lower.resolve("hosts"), "the image's own\n");
    Files.createDirectories(elsewhere.resolve("lower/proc"));
    InitLayerFiles.ensure(new SnapshotLayout.Overlay(upper, List.of(elsewhere.resolve("lower"))));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(upper.resolve("etc")))).isEqualTo("rwxr-x---");
    assertThat(Files.getAttribute(upper.resolve("etc"), "unix:gid")).isEqualTo(4);
    assertThat(upper.resolve("etc/hostname")).exists();
    assertThat(upper.resolve("etc/hosts")).as("the lower layer has it").doesNotExist();
    assertThat(upper.resolve("proc")).as("the lower layer has it").doesNotExist();
    assertThat(Files.readSymbolicLink(upper.resolve("etc/mtab"))).isEqualTo(Path.of("/proc/mounts"));
    assertThat(upper.resolve(".dockerenv")).exists();
    assertThat(upper.resolve("dev/console")).exists();
    assertThat(upper.resolve("sys")).isDirectory();
  }

  @Test
  void anUnmountedOverlayWhoseEtcIsALowerSymlinkGetsNoEtcFiles() throws Exception {
    Path upper = Files.createDirectory(elsewhere.resolve("upper"));
    Path lower = Files.createDirectories(elsewhere.resolve("lower"));
    Files.createSymbolicLink(lower.resolve("etc"), rootfs);
    InitLayerFiles.ensure(new SnapshotLayout.Overlay(upper, List.of(lower)));
    assertThat(Files.exists(upper.resolve("etc"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(rootfs.resolve("hostname")).doesNotExist();
    assertThat(upper.resolve(".dockerenv")).exists();
  }
}
