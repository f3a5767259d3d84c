package io.drydock.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one way tests wait for something another thread or process makes true: the condition is
 * checked every {@code interval} until it holds, bounded both by time ({@code timeout}) and by a
 * count of checks (the timeout's worth of intervals, and one more), so a slow check or a
 * clock that jumps cannot keep a test looping. The caller asserts on what it waited for; a wait
 * that must succeed says so with {@link #require}.
 */
public final class Poll {
  /** The check interval when none is given. */
  public static final Duration INTERVAL = Duration.ofMillis(10);

  private Poll() {}

  /** Whether {@code condition} held within {@code timeout}, checked every {@link #INTERVAL}. */
  public static boolean until(Duration timeout, BooleanSupplier condition) {
    return until(timeout, INTERVAL, condition);
  }

  /** Whether {@code condition} held within {@code timeout}, checked every {@code interval}. */
  public static boolean until(Duration timeout, Duration interval, BooleanSupplier condition) {
    return first(timeout, interval, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty()).isPresent();
  }

  /** The first value {@code probe} gives within {@code timeout}, checked every {@code interval}; empty if none came. */
  public static <T> Optional<T> first(Duration timeout, Duration interval, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long checks = timeout.toNanos() / Math.max(1, interval.toNanos()) + 1;
    for (long i = 0; i < checks; i++) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value;
      }
      if (System.nanoTime() - deadline >= 0) {
        break;
      }
      try {
        Thread.sleep(interval.toMillis(), interval.toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return probe.get();
  }

  /** Waits as {@link #until(Duration, BooleanSupplier)} and fails the test, naming {@code what}, when it did not hold. */
  public static void require(Duration timeout, String what, BooleanSupplier condition) {
    if (!until(timeout, condition)) {
      throw new AssertionError("not true after " + timeout + ": " + what);
    }
  }
}
