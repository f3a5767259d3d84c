package io.drydock.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignalTest {
  @ParameterizedTest
  @CsvSource({"15,15,SIGTERM", "TERM,15,SIGTERM", "SIGTERM,15,SIGTERM", "sigkill,9,SIGKILL", "kill,9,SIGKILL",
      "HUP,1,SIGHUP", "USR1,10,SIGUSR1", "RTMIN,34,SIGRTMIN", "RTMIN+3,37,SIGRTMIN+3", "SIGRTMAX-1,63,SIGRTMIN+29",
      "RTMAX,64,SIGRTMAX", "IOT,6,SIGABRT"})
  void parsesNamesAndNumbersLikeDocker(String text, int number, String name) {
    Signal s = Signal.parse(text);
    assertThat(s.number()).isEqualTo(number);
    assertThat(s.name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "65", "NOPE", "SIG", "RTMIN+31", "-1", "", "99999999999"})
  void refusesWhatIsNotASignal(String text) {
    assertThatThrownBy(() -> Signal.parse(text)).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageStartingWith("invalid signal");
  }
}
