package io.drydock.engine.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * dockerd's event filter, as a pure predicate. Values of one key are alternatives (OR), keys
 * combine with AND, except {@code label}: every label given must be present (and equal when given
 * as {@code key=value}). {@code container}, {@code network}, {@code volume}... match the actor's id
 * or {@code name} attribute by prefix; {@code image} matches the id or image name exactly, with or
 * without its tag; {@code event} matches the action exactly, or its base for the actions that carry
 * a detail ({@code exec_start: sh} matches {@code exec_start}). Unknown keys constrain nothing, as
 * in dockerd.
 */
public record EventFilter(Map<String, Set<String>> criteria) {
  private static final Set<String> DETAILED_ACTIONS = Set.of("health_status", "exec_create", "exec_start");
  private static final List<String> NAMED_TYPES =
      List.of("container", "daemon", "plugin", "volume", "network", "node", "service", "secret", "config");

  public EventFilter {
    Map<String, Set<String>> copy = new TreeMap<>();
    criteria.forEach((k, v) -> copy.put(k, Set.copyOf(new TreeSet<>(v))));
    criteria = Map.copyOf(copy);
  }

  public static EventFilter none() {
    return new EventFilter(Map.of());
  }

  public boolean matches(Event event) {
    return matchesAction(event)
        && exact("type", event.type().wireName())
        && exact("scope", event.scope())
        && NAMED_TYPES.stream().allMatch(key -> matchesName(key, event.actor()))
        && matchesImage(event)
        && matchesLabels(event.actor().attributes());
  }

  private boolean matchesAction(Event event) {
    Set<String> wanted = criteria.get("event");
    if (wanted == null) {
      return true;
    }
    boolean fuzzy = wanted.stream().anyMatch(DETAILED_ACTIONS::contains);
    return wanted.contains(event.action()) || (fuzzy && wanted.stream().anyMatch(event.action()::startsWith));
  }

  private boolean matchesName(String key, Actor actor) {
    Set<String> wanted = criteria.get(key);
    if (wanted == null) {
      return true;
    }
    String name = actor.attributes().getOrDefault("name", "");
    return wanted.stream().anyMatch(w -> actor.id().startsWith(w) || (!name.isEmpty() && name.startsWith(w)));
  }

  private boolean matchesImage(Event event) {
    Set<String> wanted = criteria.get("image");
    if (wanted == null) {
      return true;
    }
    String nameAttribute = event.type() == EventType.IMAGE ? "name" : "image";
    String id = event.actor().id();
    String name = event.actor().attributes().getOrDefault(nameAttribute, "");
    return wanted.contains(id) || wanted.contains(name) || wanted.contains(withoutTag(id)) || wanted.contains(withoutTag(name));
  }

  private boolean matchesLabels(Map<String, String> attributes) {
    Set<String> wanted = criteria.get("label");
    if (wanted == null) {
      return true;
    }
    for (String label : wanted) {
      int eq = label.indexOf('=');
      String key = eq < 0 ? label : label.substring(0, eq);
      String value = attributes.get(key);
      if (value == null || (eq >= 0 && !value.equals(label.substring(eq + 1)))) {
        return false;
      }
    }
    return true;
  }

  private boolean exact(String key, String value) {
    Set<String> wanted = criteria.get(key);
    return wanted == null || wanted.contains(value);
  }

  /** {@code busybox:1.36} → {@code busybox}; a registry port ({@code host:5000/x}) is not a tag. */
  static String withoutTag(String reference) {
    int at = reference.indexOf('@');
    String ref = at < 0 ? reference : reference.substring(0, at);
    int colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? ref.substring(0, colon) : ref;
  }
}
