package io.drydock.engine.container.service;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** What {@code docker logs} asks for: streams, time window, tail, follow. */
public record LogsRequest(boolean stdout, boolean stderr, Optional<Instant> since, Optional<Instant> until, OptionalInt tail, boolean follow) {
  /** Both streams, the whole log, no follow: what attach with {@code logs=1} replays. */
  public static LogsRequest everything() {
    return new LogsRequest(true, true, Optional.empty(), Optional.empty(), OptionalInt.empty(), false);
  }

  public LogsRequest until(Instant t) {
    return new LogsRequest(stdout, stderr, since, Optional.of(t), tail, follow);
  }
}
