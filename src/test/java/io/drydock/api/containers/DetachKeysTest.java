package io.drydock.api.containers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetachKeysTest {
  @Test
  void parsesTheDockerCliNotation() {
    assertThat(DetachKeys.parse("").orElseThrow().sequence()).containsExactly(16, 17);
    assertThat(DetachKeys.parse("ctrl-p,ctrl-q")).contains(DetachKeys.DEFAULT);
    assertThat(DetachKeys.parse("ctrl-x,y").orElseThrow().sequence()).containsExactly(24, 'y');
    assertThat(DetachKeys.parse("ctrl-@,ctrl-[,ctrl-\\,ctrl-],ctrl-^,ctrl-_,DEL").orElseThrow().sequence())
        .containsExactly(0, 27, 28, 29, 30, 31, 127);
    assertThat(DetachKeys.parse("a").orElseThrow().sequence()).containsExactly('a');
  }

  @Test
  void refusesWhatDockerdRefuses() {
    assertThat(DetachKeys.parse("ctrl-foo")).isEmpty();
    assertThat(DetachKeys.parse("a,,b")).isEmpty();
    assertThat(DetachKeys.parse(",")).as("two empty keys").isEmpty();
    assertThat(DetachKeys.parse("CTRL-P")).isEmpty();
    assertThat(DetachKeys.parse("ctrl-P")).isEmpty();
    assertThat(DetachKeys.parse("del")).isEmpty();
    assertThat(DetachKeys.parse("é")).as("two bytes in UTF-8").isEmpty();
  }
}
