package io.drydock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessLaunchTest {
  @Test
  void vforkIsChosenOnJdksThatStillHaveIt() {
    assertThat(ProcessLaunch.mechanismFor(17, null)).isEqualTo("VFORK");
    assertThat(ProcessLaunch.mechanismFor(24, null)).isEqualTo("VFORK");
  }

  @Test
  void jdksThatDeprecateOrRemovedItKeepTheirDefault() {
    assertThat(ProcessLaunch.mechanismFor(25, null)).isNull();
    assertThat(ProcessLaunch.mechanismFor(27, null)).isNull();
  }

  @Test
  void aMechanismTheUserChoseIsKept() {
    assertThat(ProcessLaunch.mechanismFor(17, "POSIX_SPAWN")).isNull();
  }
}
