package io.drydock.engine.container;

import java.time.Duration;

/**
 * dockerd's restart manager delay, as a pure step: the first restart waits 100 ms, each further
 * one twice the previous, at most one minute; a run that lasted 10 s or more starts the sequence
 * again (so a service that crashes once a day restarts at once, a crash loop slows down).
 */
public final class RestartBackoff {
  public static final Duration FIRST = Duration.ofMillis(100);
  public static final Duration MAX = Duration.ofMinutes(1);
  public static final Duration RESET_AFTER = Duration.ofSeconds(10);

  private RestartBackoff() {}

  /**
   * The delay before the next restart.
   *
   * @param previous the delay before the previous restart; {@link Duration#ZERO} when there was none
   * @param ran how long the run that just ended lasted
   */
  public static Duration next(Duration previous, Duration ran) {
    Duration base = ran.compareTo(RESET_AFTER) >= 0 ? Duration.ZERO : previous;
    Duration next = base.isZero() ? FIRST : base.multipliedBy(2);
    return next.compareTo(MAX) > 0 ? MAX : next;
  }
}
