package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The orders dockerd 20.10 showed for {@code env} in a container and in an exec. */
class ProcessEnvTest {
  @Test
  void pathAndHostnameComeFirstThenTermForATtyThenTheContainersEnvThenHome() {
    assertThat(ProcessEnv.of("h1", true, List.of("A=1"), List.of(), "/"))
        .containsExactly(ProcessEnv.DEFAULT_PATH, "HOSTNAME=h1", "TERM=xterm", "A=1", "HOME=/");
  }

  @Test
  void theContainersEntriesReplaceTheDaemonsInPlaceAndAnExecsComeLast() {
    assertThat(ProcessEnv.of("h1", false, List.of("Z=9", "PATH=/bin:/x", "HOSTNAME=h", "A=1"), List.of("A=5", "Q=1"), "/home/u"))
        .containsExactly("PATH=/bin:/x", "HOSTNAME=h", "Z=9", "A=5", "Q=1", "HOME=/home/u");
  }

  @Test
  void aKeyWithoutValueUnsetsItAndAHomeGivenIsKept() {
    assertThat(ProcessEnv.of("h1", true, List.of("HOME=/data", "TERM"), List.of(), "/root"))
        .containsExactly(ProcessEnv.DEFAULT_PATH, "HOSTNAME=h1", "HOME=/data");
  }
}
