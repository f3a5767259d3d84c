package io.drydock.supervisor.shim;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which entries of a log to read, as {@code docker logs} selects them: since and until are inclusive
 * bounds on the entry time, tail keeps the last n entries that pass the other filters, follow keeps
 * reading new entries until told to stop.
 */
public record LogQuery(Set<LogStream> streams, Optional<Instant> since, Optional<Instant> until, OptionalInt tail, boolean follow) {
  public LogQuery {
    streams = Set.copyOf(streams);
    if (tail.isPresent() && tail.getAsInt() < 0) {
      throw new io.drydock.common.DrydockException.InvalidArgument("tail must not be negative: " + tail.getAsInt());
    }
  }

  public static LogQuery all() {
    return new LogQuery(EnumSet.allOf(LogStream.class), Optional.empty(), Optional.empty(), OptionalInt.empty(), false);
  }

  public LogQuery withStreams(Set<LogStream> selected) {
    return new LogQuery(selected, since, until, tail, follow);
  }

  public LogQuery withSince(Instant t) {
    return new LogQuery(streams, Optional.of(t), until, tail, follow);
  }

  public LogQuery withUntil(Instant t) {
    return new LogQuery(streams, since, Optional.of(t), tail, follow);
  }

  public LogQuery withTail(int n) {
    return new LogQuery(streams, since, until, OptionalInt.of(n), follow);
  }

  public LogQuery following() {
    return new LogQuery(streams, since, until, tail, true);
  }

  boolean selects(LogEntry e) {
    return streams.contains(e.stream())
        && since.map(s -> !e.time().isBefore(s)).orElse(true)
        && !pastUntil(e);
  }

  boolean pastUntil(LogEntry e) {
    return until.map(u -> e.time().isAfter(u)).orElse(false);
  }
}
