package io.drydock.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignalCallsTest {
  @Test
  void killsTheProcessItNamesAndReportsOneThatIsGone() throws Exception {
    Process sleeper = new ProcessBuilder("/bin/sleep", "30").start();
    try {
      assertThat(SignalCalls.kill(sleeper.pid(), 15)).isTrue();
      assertThat(sleeper.waitFor(5, TimeUnit.SECONDS)).isTrue();
      assertThat(sleeper.exitValue()).isEqualTo(143);
      assertThat(SignalCalls.kill(sleeper.pid(), 15)).isFalse();
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void refusesGroupAndBroadcastPids() {
    for (long pid : new long[] {0, -1, -42, 1L << 40}) {
      assertThatThrownBy(() -> SignalCalls.kill(pid, 9)).isInstanceOf(DrydockException.InvalidArgument.class);
    }
    assertThatThrownBy(() -> SignalCalls.kill(1, 65)).isInstanceOf(DrydockException.InvalidArgument.class);
  }
}
