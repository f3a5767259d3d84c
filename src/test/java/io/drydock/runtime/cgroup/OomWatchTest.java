package io.drydock.runtime.cgroup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which eventfd counts mean an OOM: the kernel signals once per OOM and once as the cgroup goes. */
class OomWatchTest {
  @Test
  void aSignalWhileTheCgroupExistsIsAnOom() {
    assertThat(OomWatch.isOom(true, 1)).isTrue();
    assertThat(OomWatch.isOom(true, 3)).isTrue();
  }

  @Test
  void theSingleSignalOfARemovedCgroupIsItsRemoval() {
    assertThat(OomWatch.isOom(false, 1)).isFalse();
  }

  @Test
  void moreThanTheRemovalsSignalAfterItIsGoneIncludesAnOom() {
    assertThat(OomWatch.isOom(false, 2)).isTrue();
  }
}
