package io.drydock.engine.events;

import java.util.Map;
import java.util.Objects;

/**
 * The object an event is about: its id and Docker's attributes (for a container: its labels plus
 * {@code name}, {@code image} and, on {@code die}, {@code exitCode}).
 */
public record Actor(String id, Map<String, String> attributes) {
  public Actor {
    Objects.requireNonNull(id, "id");
    attributes = Map.copyOf(attributes);
  }

  public static Actor of(String id) {
    return new Actor(id, Map.of());
  }
}
