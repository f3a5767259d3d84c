package io.drydock.engine.network;

import io.drydock.common.DrydockException;
import io.drydock.engine.events.FilterKeys;
import io.drydock.engine.events.LabelMatch;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code filters} of {@code GET /networks}: {@code driver}, {@code id} (prefix), {@code name}
 * (substring), {@code label}, {@code scope}, {@code type} ({@code custom} or {@code builtin}) and
 * {@code dangling} (no endpoints, predefined networks excluded).
 */
public record NetworkFilter(Map<String, List<String>> filters) {
  private static final Set<String> KNOWN = Set.of("driver", "id", "name", "label", "scope", "type", "dangling");

  public NetworkFilter {
    FilterKeys.check(filters, KNOWN);
    for (String d : filters.getOrDefault("dangling", List.of())) {
      if (!Set.of("true", "1", "false", "0").contains(d)) {
        throw new DrydockException.InvalidArgument(
            "invalid value for filter 'dangling', must be \"true\" (or \"1\"), or \"false\" (or \"0\")");
      }
    }
    for (String t : filters.getOrDefault("type", List.of())) {
      if (!t.equals("custom") && !t.equals("builtin")) {
        throw new DrydockException.InvalidArgument("invalid filter: 'type'='" + t + "'");
      }
    }
    filters = Map.copyOf(filters);
  }

  public static NetworkFilter none() {
    return new NetworkFilter(Map.of());
  }

  public boolean matches(NetworkRecord n, int endpoints) {
    return any("driver", n.driver()::equals)
        && any("id", n.id()::startsWith)
        && any("name", n.name()::contains)
        && any("scope", "local"::equals)
        && any("type", t -> t.equals("builtin") == n.predefined())
        && any("dangling", d -> (d.equals("true") || d.equals("1")) == (!n.predefined() && endpoints == 0))
        && LabelMatch.all(n.labels(), filters.getOrDefault("label", List.of()));
  }

  private boolean any(String key, java.util.function.Predicate<String> test) {
    List<String> values = filters.getOrDefault(key, List.of());
    return values.isEmpty() || values.stream().anyMatch(test);
  }
}
