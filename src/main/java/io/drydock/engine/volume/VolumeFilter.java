package io.drydock.engine.volume;

import io.drydock.engine.events.FilterKeys;
import io.drydock.engine.events.LabelMatch;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code filters} of {@code GET /volumes}: {@code name} (substring), {@code label},
 * {@code driver}, {@code dangling} (not used by any container). Values of one key are
 * alternatives (labels: all must match); keys combine with AND.
 */
public record VolumeFilter(Map<String, List<String>> filters) {
  private static final Set<String> KNOWN = Set.of("name", "label", "driver", "dangling");

  public VolumeFilter {
    FilterKeys.check(filters, KNOWN);
    FilterKeys.bool(filters, "dangling");
    filters = Map.copyOf(filters);
  }

  public static VolumeFilter none() {
    return new VolumeFilter(Map.of());
  }

  public boolean matches(VolumeRecord v, boolean inUse) {
    List<String> names = filters.getOrDefault("name", List.of());
    if (!names.isEmpty() && names.stream().noneMatch(v.name()::contains)) {
      return false;
    }
    List<String> drivers = filters.getOrDefault("driver", List.of());
    if (!drivers.isEmpty() && !drivers.contains(v.driver())) {
      return false;
    }
    if (FilterKeys.bool(filters, "dangling").map(d -> d == inUse).orElse(false)) {
      return false;
    }
    return LabelMatch.all(v.labels(), filters.getOrDefault("label", List.of()));
  }
}
