package io.drydock.engine.container.health;

import io.drydock.common.GoDuration;
import java.time.Instant;
import java.util.Objects;

/**
 * One probe as {@code State.Health.Log} lists it. A probe that outlived its timeout has exit code
 * {@link #TIMED_OUT} and dockerd's words as output.
 */
public record ProbeResult(Instant start, Instant end, int exitCode, String output) {
  public static final int TIMED_OUT = -1;

  public ProbeResult {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    output = output == null ? "" : output;
  }

  /** dockerd's result for a probe killed at its timeout, e.g. {@code Health check exceeded timeout (100ms)}. */
  public static ProbeResult timedOut(Instant start, Instant end, java.time.Duration timeout) {
    return new ProbeResult(start, end, TIMED_OUT, "Health check exceeded timeout (" + GoDuration.format(timeout) + ")");
  }

  public boolean succeeded() {
    return exitCode == 0;
  }
}
