package io.drydock.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollTest {
  @Test
  void aConditionThatNeverHoldsIsCheckedABoundedNumberOfTimes() {
    AtomicInteger checks = new AtomicInteger();
    assertThat(Poll.until(Duration.ofMillis(50), Duration.ofMillis(10), () -> checks.incrementAndGet() < 0)).isFalse();
    assertThat(checks.get()).as("50 ms of 10 ms intervals, one more, and the last look").isBetween(2, 7);
  }

  @Test
  void theWaitEndsAtTheFirstCheckThatHolds() {
    AtomicInteger checks = new AtomicInteger();
    assertThat(Poll.until(Duration.ofSeconds(10), () -> checks.incrementAndGet() == 3)).isTrue();
    assertThat(checks.get()).isEqualTo(3);
    assertThat(Poll.first(Duration.ofSeconds(10), Poll.INTERVAL, () -> Optional.of("x"))).contains("x");
  }

  @Test
  void anInterruptEndsTheWaitAndIsKept() {
    Thread.currentThread().interrupt();
    try {
      long start = System.nanoTime();
      assertThat(Poll.until(Duration.ofSeconds(10), () -> false)).isFalse();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void requireFailsNamingWhatDidNotHappen() {
    assertThatThrownBy(() -> Poll.require(Duration.ofMillis(20), "the door opened", () -> false))
        .isInstanceOf(AssertionError.class).hasMessageContaining("the door opened");
  }
}
