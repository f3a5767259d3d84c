package io.drydock.engine.volume;

import io.drydock.engine.events.FilterKeys;
import io.drydock.engine.events.LabelMatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code filters} of {@code GET /volumes}: {@code name} (substring), {@code label},
 * {@code driver}, {@code dangling} (not used by any container). Values of one key are
 * alternatives (labels: all must match); keys combine with AND.
 */
public final class VolumeFilter {
  private static final Set<String> KNOWN = Set.of("name", "label", "driver", "dangling");

  private final List<String> names;
  private final List<String> drivers;
  private final List<String> labels;
  private final Optional<Boolean> dangling;

  public VolumeFilter(Map<String, List<String>> filters) {
    FilterKeys.check(filters, KNOWN);
    dangling = FilterKeys.bool(filters, "dangling");
    names = List.copyOf(filters.getOrDefault("name", List.of()));
    drivers = List.copyOf(filters.getOrDefault("driver", List.of()));
    labels = List.copyOf(filters.getOrDefault("label", List.of()));
  }

  public static VolumeFilter none() {
    return new VolumeFilter(Map.of());
  }

  public boolean matches(VolumeRecord v, boolean inUse) {
    if (!names.isEmpty() && names.stream().noneMatch(v.name()::contains)) {
      return false;
    }
    if (!drivers.isEmpty() && !drivers.contains(v.driver())) {
      return false;
    }
    if (dangling.map(d -> d == inUse).orElse(false)) {
      return false;
    }
    return LabelMatch.all(v.labelsOrEmpty(), labels);
  }
}
