package io.drydock.api.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.api.ApiJson;
import io.drydock.common.DrydockException;
import io.drydock.engine.events.EventFilter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query of {@code GET /events}, parsed: {@code since}/{@code until} in dockerd's
 * {@code seconds[.fraction]} form (the CLI converts durations and dates before sending), and
 * {@code filters} in either of moby's JSON forms, {@code {"type":{"container":true}}} or the
 * legacy {@code {"type":["container"]}}.
 */
record EventsQuery(long sinceNano, long untilNano, EventFilter filter) {

  static EventsQuery parse(Optional<String> since, Optional<String> until, Optional<String> filters) {
    long s = since.map(v -> timestamp("since", v)).orElse(0L);
    long u = until.map(v -> timestamp("until", v)).orElse(0L);
    if (s > 0 && u > 0 && u < s) {
      throw new DrydockException.InvalidArgument(
          "`since` time (" + since.get() + ") cannot be after `until` time (" + until.get() + ")");
    }
    return new EventsQuery(s, u, filters.filter(f -> !f.isEmpty()).map(EventsQuery::filter).orElse(EventFilter.none()));
  }

  /** {@code 1700000000}, {@code 1700000000.5} (half a second), {@code 1700000000.000000001}. */
  static long timestamp(String name, String value) {
    String[] parts = value.split("\\.", 2);
    try {
      long seconds = Long.parseLong(parts[0]);
      long nanos = 0;
      if (parts.length == 2) {
        String fraction = parts[1];
        if (fraction.isEmpty() || fraction.length() > 9 || !fraction.chars().allMatch(Character::isDigit)) {
          throw new NumberFormatException(value);
        }
        nanos = Long.parseLong(fraction) * (long) Math.pow(10, 9 - fraction.length());
      }
      return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new DrydockException.InvalidArgument("invalid value for " + name + ": \"" + value + "\" is not a unix timestamp (seconds[.nanoseconds])");
    }
  }

  static EventFilter filter(String json) {
    JsonNode root;
    try {
      root = ApiJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new DrydockException.InvalidArgument("invalid filters: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new DrydockException.InvalidArgument("invalid filters: expected a JSON object, got " + json);
    }
    Map<String, Set<String>> criteria = new HashMap<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      criteria.put(field.getKey(), values(field.getKey(), field.getValue()));
    }
    return new EventFilter(criteria);
  }

  private static Set<String> values(String key, JsonNode node) {
    Set<String> values = new HashSet<>();
    if (node.isArray()) {
      node.forEach(v -> values.add(v.asText()));
    } else if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getValue().asBoolean()) {
          values.add(e.getKey());
        }
      });
    } else {
      throw new DrydockException.InvalidArgument("invalid filters: values of '" + key + "' must be a list or a map");
    }
    return values;
  }
}
