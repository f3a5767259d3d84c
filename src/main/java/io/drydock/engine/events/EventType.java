package io.drydock.engine.events;

import io.drydock.common.DrydockException;
import java.util.Locale;

/** The kinds of object an event is about; Docker's closed list, with its lowercase wire names. */
public enum EventType {
  CONTAINER,
  IMAGE,
  VOLUME,
  NETWORK,
  DAEMON,
  PLUGIN,
  NODE,
  SERVICE,
  SECRET,
  CONFIG,
  BUILDER;

  /** The name clients see and filter on: {@code container}, {@code image}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name, refusing unknown ones with dockerd's wording. */
  public static EventType fromWireName(String name) {
    for (EventType t : values()) {
      if (t.wireName().equals(name)) {
        return t;
      }
    }
    throw new DrydockException.InvalidArgument("Invalid event type: " + name);
  }
}
