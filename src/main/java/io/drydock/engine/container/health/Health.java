package io.drydock.engine.container.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code State.Health}: the status, the current run of failures and the last {@value #LOG_SIZE}
 * probes. A pure state machine, as dockerd's {@code handleProbeResult}: a success makes the
 * container healthy and ends the streak; a failure counts, unless the container is still starting
 * and within its start period, and {@code retries} counted failures make it unhealthy. Every
 * result is logged.
 */
public record Health(HealthStatus status, int failingStreak, List<ProbeResult> log) {
  public static final int LOG_SIZE = 5;

  public Health {
    Objects.requireNonNull(status, "status");
    log = List.copyOf(log);
    if (failingStreak < 0 || log.size() > LOG_SIZE) {
      throw new IllegalArgumentException("streak is never negative and the log holds at most " + LOG_SIZE);
    }
  }

  /** A container with a check that has just started its first run. */
  public static Health starting() {
    return new Health(HealthStatus.STARTING, 0, List.of());
  }

  /**
   * The health after {@code result}.
   *
   * @param startedAt when the container's current run started (the start period counts from it)
   */
  public Health after(ProbeResult result, Instant startedAt, Duration startPeriod, int retries) {
    List<ProbeResult> newLog = new ArrayList<>(log);
    newLog.add(result);
    if (newLog.size() > LOG_SIZE) {
      newLog.subList(0, newLog.size() - LOG_SIZE).clear();
    }
    if (result.succeeded()) {
      return new Health(HealthStatus.HEALTHY, 0, newLog);
    }
    boolean grace = status == HealthStatus.STARTING && Duration.between(startedAt, result.start()).compareTo(startPeriod) < 0;
    if (grace) {
      return new Health(status, failingStreak, newLog);
    }
    int streak = failingStreak + 1;
    return new Health(streak >= retries ? HealthStatus.UNHEALTHY : status, streak, newLog);
  }

  /** The container stopped: dockerd 20.10 shows it unhealthy from then on, streak and log kept. */
  public Health stopped() {
    return new Health(HealthStatus.UNHEALTHY, failingStreak, log);
  }

  /** The container started again: starting, no streak, the old log kept (as dockerd 20.10). */
  public Health restarted() {
    return new Health(HealthStatus.STARTING, 0, log);
  }
}
