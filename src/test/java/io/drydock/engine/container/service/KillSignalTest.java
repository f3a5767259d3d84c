package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import org.junit.jupiter.api.Test;

/** The kill route's signal, as dockerd 20.10 answered each of these. */
class KillSignalTest {
  @Test
  void namesAndNumbersAreRead() {
    assertThat(KillSignal.number("SIGUSR1")).isEqualTo(10);
    assertThat(KillSignal.number("sigusr1")).isEqualTo(10);
    assertThat(KillSignal.number("+5")).isEqualTo(5);
    assertThat(KillSignal.number("99")).isEqualTo(99);
    assertThat(KillSignal.number("RTMIN+1")).isEqualTo(35);
  }

  @Test
  void zeroNamesThatAreNoSignalAndNumbersBeyondSixtyFourBitsAreInvalid() {
    for (String bad : new String[] {"0", "BOGUS", "SIGBOGUS", "99999999999999999999", "1.5"}) {
      assertThatThrownBy(() -> KillSignal.number(bad)).isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessage("Invalid signal: " + bad);
    }
  }

  @Test
  void numbersGoDoesNotKnowAreA500WithTheUnsignedValue() {
    assertThat(KillSignal.supported(64, "p: ")).isEqualTo(new Signal(64));
    assertThat(KillSignal.supported(31, "p: ")).isEqualTo(new Signal(31));
    assertThat(KillSignal.supported(34, "p: ")).isEqualTo(new Signal(34));
    for (long n : new long[] {32, 33, 65, 99}) {
      assertThatThrownBy(() -> KillSignal.supported(n, "p: ")).isInstanceOf(DrydockException.SystemError.class)
          .hasMessage("p: The linux daemon does not support signal " + n);
    }
    assertThatThrownBy(() -> KillSignal.supported(KillSignal.number("-1"), "p: "))
        .hasMessage("p: The linux daemon does not support signal 18446744073709551615");
  }
}
