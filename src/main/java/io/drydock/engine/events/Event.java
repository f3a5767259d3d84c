package io.drydock.engine.events;

import java.util.Objects;

/**
 * One thing that happened, as Docker records it: {@code type}, {@code action} (e.g. {@code die},
 * {@code exec_start: sh -c true}), the {@link Actor}, the scope ({@code local}) and the time in
 * nanoseconds since the epoch. Stamped by the {@link EventBus}, so times are monotone per bus.
 */
public record Event(EventType type, String action, Actor actor, String scope, long timeNano) {
  public static final String LOCAL_SCOPE = "local";

  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(scope, "scope");
  }

  /** Seconds since the epoch, Docker's {@code time} field. */
  public long timeSeconds() {
    return Math.floorDiv(timeNano, 1_000_000_000L);
  }

  /**
   * The action without its detail: {@code exec_start: sh} and {@code health_status: healthy} are
   * filtered as {@code exec_start} and {@code health_status}, like dockerd does.
   */
  public String baseAction() {
    int colon = action.indexOf(':');
    return colon < 0 ? action : action.substring(0, colon);
  }
}
