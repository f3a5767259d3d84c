package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.spec.DeviceMapping;
import io.drydock.engine.spec.HostDevice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host side of {@code --device}, on the host's own {@code /dev/null} and {@code /dev/zero} and files the test makes. */
class HostDeviceLookupTest {
  @TempDir
  Path dir;

  @Test
  void aNodeIsTakenWithItsNumbersModeAndOwnerAtTheContainerPath() {
    assertThat(HostDeviceLookup.resolve(List.of(new DeviceMapping("/dev/null", "/dev/xnull", "r"), new DeviceMapping("/dev/zero", "", ""))))
        .containsExactly(new HostDevice('c', "/dev/xnull", 1, 3, 0666, 0, 0, "r"), new HostDevice('c', "/dev/zero", 1, 5, 0666, 0, 0, "rwm"));
  }

  @Test
  void aSymlinkIsFollowedOnce() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("null"), Path.of("/dev/null"));
    assertThat(HostDeviceLookup.resolve(new DeviceMapping(link.toString(), "/dev/n", "")))
        .extracting(HostDevice::major, HostDevice::minor, HostDevice::path).containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 3L, "/dev/n"));
  }

  @Test
  void aDirectoryGivesTheNodesBelowItSkippingOtherFilesAndLinks() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/plain"), "x");
    Files.createSymbolicLink(dir.resolve("sub/zero"), Path.of("/dev/zero"));
    assertThatThrownBy(() -> HostDeviceLookup.resolve(new DeviceMapping(dir.toString(), "/dev/d", "")))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("error gathering device information while adding custom device \"" + dir + "\": not a device node");
  }

  @Test
  void aMissingPathOrAFileIsRefusedWithDockerdsMessage() throws Exception {
    Path plain = Files.writeString(dir.resolve("plain"), "x");
    assertThatThrownBy(() -> HostDeviceLookup.resolve(List.of(new DeviceMapping("/dev/null", "", ""), new DeviceMapping(plain.toString(), "", ""))))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("error gathering device information while adding custom device \"" + plain + "\": not a device node");
    assertThatThrownBy(() -> HostDeviceLookup.resolve(new DeviceMapping(dir.resolve("none").toString(), "", "")))
        .hasMessage("error gathering device information while adding custom device \"" + dir.resolve("none") + "\": no such file or directory");
    assertThatThrownBy(() -> HostDeviceLookup.resolve(new DeviceMapping("", "", "")))
        .hasMessage("error gathering device information while adding custom device \"\": no such file or directory");
  }

  @Test
  void aNodeThatWouldLandOutsideDevIsRefusedAfterTheHostChecks() {
    assertThatThrownBy(() -> HostDeviceLookup.resolve(List.of(new DeviceMapping("/dev/null", "/x", ""))))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("only under /dev");
  }
}
