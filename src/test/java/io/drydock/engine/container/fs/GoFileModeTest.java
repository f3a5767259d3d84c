package io.drydock.engine.container.fs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoFileModeTest {
  @Test
  void typesMoveToGosTopBits() {
    assertThat(GoFileMode.of(0040755)).isEqualTo((1L << 31) | 0755);
    assertThat(GoFileMode.of(0120777)).isEqualTo((1L << 27) | 0777);
    assertThat(GoFileMode.of(0100644)).isEqualTo(0644);
    assertThat(GoFileMode.of(0020666)).isEqualTo((1L << 26) | (1L << 21) | 0666);
    assertThat(GoFileMode.of(0060660)).isEqualTo((1L << 26) | 0660);
    assertThat(GoFileMode.of(0010644)).isEqualTo((1L << 25) | 0644);
    assertThat(GoFileMode.of(0140755)).isEqualTo((1L << 24) | 0755);
  }

  @Test
  void setuidSetgidAndStickyAreNotPermissionBitsInGo() {
    assertThat(GoFileMode.of(0104755)).isEqualTo((1L << 23) | 0755);
    assertThat(GoFileMode.of(0102755)).isEqualTo((1L << 22) | 0755);
    assertThat(GoFileMode.of(0041777)).isEqualTo((1L << 31) | (1L << 20) | 0777);
    assertThat(GoFileMode.isDirectory(GoFileMode.of(0040700))).isTrue();
    assertThat(GoFileMode.isDirectory(GoFileMode.of(0100700))).isFalse();
  }
}
