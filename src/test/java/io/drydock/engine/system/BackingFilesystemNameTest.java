package io.drydock.engine.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code Backing Filesystem} in dockerd's names ({@code docker info} said {@code extfs} for this host's ext4). */
class BackingFilesystemNameTest {
  @Test
  void theExtFamilyIsExtfsOverlayIsOverlayfsOthersKeepTheirName() {
    assertThat(SystemService.dockerFsName("ext4")).isEqualTo("extfs");
    assertThat(SystemService.dockerFsName("ext3")).isEqualTo("extfs");
    assertThat(SystemService.dockerFsName("overlay")).isEqualTo("overlayfs");
    assertThat(SystemService.dockerFsName("xfs")).isEqualTo("xfs");
    assertThat(SystemService.dockerFsName("tmpfs")).isEqualTo("tmpfs");
  }
}
