package io.drydock.engine.container.health;

import io.drydock.common.DrydockException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code Config.Healthcheck} as the client (or the image) gave it, kept as sent so inspect shows
 * it unchanged; zero durations and retries mean "dockerd's default". {@code test} is empty (inherit
 * the image's), {@code ["NONE"]} (no check), {@code ["CMD", argv...]} or {@code ["CMD-SHELL", cmd]}.
 *
 * @param interval nanoseconds between probes, 0 for 30 s
 * @param timeout nanoseconds a probe may run, 0 for 30 s
 * @param startPeriod nanoseconds after the start during which failures do not count, 0 for none
 * @param retries consecutive failures that make the container unhealthy, 0 for 3
 */
public record Healthcheck(List<String> test, long interval, long timeout, long startPeriod, int retries) {
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_RETRIES = 3;
  private static final long MINIMUM_NANOS = 1_000_000;

  public Healthcheck {
    test = List.copyOf(test == null ? List.of() : test);
  }

  /**
   * dockerd's checks at create ({@code 400} with its words); a zero value is the default and
   * passes.
   */
  public Healthcheck validated() {
    tooShort("Interval", interval);
    tooShort("Timeout", timeout);
    tooShort("StartPeriod", startPeriod);
    if (retries < 0) {
      throw new DrydockException.InvalidArgument("Retries in Healthcheck cannot be negative");
    }
    return this;
  }

  private static void tooShort(String field, long nanos) {
    if (nanos != 0 && nanos < MINIMUM_NANOS) {
      throw new DrydockException.InvalidArgument(field + " in Healthcheck cannot be less than 1ms");
    }
  }

  /** The image's values fill in what the container's check left unset, as dockerd merges them at create. */
  public Healthcheck over(Healthcheck image) {
    return new Healthcheck(test.isEmpty() ? image.test : test, interval == 0 ? image.interval : interval,
        timeout == 0 ? image.timeout : timeout, startPeriod == 0 ? image.startPeriod : startPeriod, retries == 0 ? image.retries : retries);
  }

  /**
   * The command a probe runs, when the check is on: {@code CMD-SHELL} through {@code /bin/sh -c},
   * {@code CMD} as given. {@code NONE}, an empty test or an unknown kind runs nothing (dockerd
   * starts no monitor for them).
   */
  public Optional<List<String>> probeCommand() {
    if (test.size() < 2) {
      return Optional.empty();
    }
    List<String> rest = test.subList(1, test.size());
    return switch (test.get(0)) {
      case "CMD" -> Optional.of(rest);
      case "CMD-SHELL" -> Optional.of(List.of("/bin/sh", "-c", String.join(" ", rest)));
      default -> Optional.empty();
    };
  }

  /** {@code ["NONE"]}: the client or the image turned checks off; inspect shows no {@code State.Health}. */
  public boolean disabled() {
    return !test.isEmpty() && test.get(0).equals("NONE");
  }

  public Duration effectiveInterval() {
    return interval == 0 ? DEFAULT_INTERVAL : Duration.ofNanos(interval);
  }

  public Duration effectiveTimeout() {
    return timeout == 0 ? DEFAULT_TIMEOUT : Duration.ofNanos(timeout);
  }

  public Duration effectiveStartPeriod() {
    return Duration.ofNanos(startPeriod);
  }

  public int effectiveRetries() {
    return retries == 0 ? DEFAULT_RETRIES : retries;
  }
}
