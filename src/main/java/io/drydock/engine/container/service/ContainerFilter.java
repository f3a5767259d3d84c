package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.engine.container.wiring.WiringView;
import io.drydock.engine.events.FilterKeys;
import io.drydock.engine.events.LabelMatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code filters} of {@code GET /containers/json} as a pure predicate: values of one key are
 * alternatives, keys combine with AND (labels: all must match). Unknown keys are refused with
 * dockerd's message; {@code network}, {@code volume}, {@code publish} and {@code expose} look at
 * the container's wiring ({@link WiringFilter}).
 */
final class ContainerFilter {
  static final Set<String> KEYS = Set.of("id", "name", "label", "status", "ancestor", "exited", "before", "since", "health", "is-task",
      "network", "volume", "publish", "expose");
  private static final Set<String> HEALTH = Set.of("starting", "healthy", "unhealthy", "none");

  private final Map<String, List<String>> filters;
  private final Function<String, ContainerRecord> lookup;
  private final Function<String, String> imageIdOf;
  private final Function<String, Optional<WiringView>> wiringOf;
  private final WiringFilter wiringFilter;
  private final Function<ContainerRecord, String> healthOf;

  /**
   * @param lookup resolves a container reference (for before/since)
   * @param imageIdOf resolves an image reference to its id, or null when unknown (for ancestor)
   * @param wiringOf a container's networks, mounts and ports by its id (for {@link WiringFilter}'s keys)
   * @param healthOf a container's {@code State.Health.Status}, {@code none} without a health check
   */
  ContainerFilter(Map<String, List<String>> filters, Function<String, ContainerRecord> lookup, Function<String, String> imageIdOf,
      Function<String, Optional<WiringView>> wiringOf, Function<ContainerRecord, String> healthOf) {
    FilterKeys.check(filters, KEYS);
    filters.getOrDefault("status", List.of()).forEach(ContainerStatus::fromDockerName);
    for (String e : filters.getOrDefault("exited", List.of())) {
      if (!e.matches("-?\\d+")) {
        // dockerd 20.10 passes Go's parse error through as a 500
        throw new DrydockException.SystemError("strconv.Atoi: parsing \"" + e + "\": invalid syntax");
      }
    }
    for (String ref : concat(filters.getOrDefault("before", List.of()), filters.getOrDefault("since", List.of()))) {
      try {
        lookup.apply(ref);
      } catch (DrydockException.NotFound e) {
        throw new DrydockException.SystemError("no such container " + ref);
      }
    }
    for (String h : filters.getOrDefault("health", List.of())) {
      if (!HEALTH.contains(h)) {
        throw new DrydockException.InvalidArgument("Unrecognised filter value for health: " + h);
      }
    }
    List<String> task = filters.getOrDefault("is-task", List.of());
    if (!task.isEmpty() && !task.equals(List.of("true")) && !task.equals(List.of("false"))) {
      throw new DrydockException.InvalidArgument("Invalid filter 'is-task=" + task.toString().replace(", ", " ") + "'");
    }
    this.filters = filters;
    this.lookup = lookup;
    this.imageIdOf = imageIdOf;
    this.wiringOf = wiringOf;
    this.healthOf = healthOf;
    this.wiringFilter = new WiringFilter(filters);
  }

  /** Whether the list needs stopped containers even without {@code all} (dockerd: exited/status filters). */
  boolean impliesAll() {
    return filters.containsKey("exited") || filters.containsKey("status");
  }

  boolean test(ContainerRecord r) {
    return any("id", v -> r.id().value().startsWith(v))
        && any("name", v -> r.name().substring(1).contains(v.startsWith("/") ? v.substring(1) : v))
        && all("label", v -> label(r, v))
        && any("status", v -> r.status().dockerName().equals(v))
        && any("exited", v -> r.status() == ContainerStatus.EXITED && r.state().exitCode() == Integer.parseInt(v))
        && any("ancestor", v -> ancestor(r, v))
        && all("before", v -> r.created().isBefore(lookup.apply(v).created()))
        && all("since", v -> r.created().isAfter(lookup.apply(v).created()))
        && any("health", healthOf.apply(r)::equals)
        // drydock runs no swarm tasks
        && any("is-task", "false"::equals)
        && (!wiringFilter.active() || wiringFilter.test(wiringOf.apply(r.id().value()), r.status().isRunning()));
  }

  private boolean ancestor(ContainerRecord r, String v) {
    if (r.image().equals(v) || r.imageId().equals(v) || r.imageId().startsWith("sha256:" + v)) {
      return true;
    }
    String id = imageIdOf.apply(v);
    return id != null && id.equals(r.imageId());
  }

  private static boolean label(ContainerRecord r, String v) {
    return LabelMatch.all(r.config().labels(), List.of(v));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private boolean any(String key, java.util.function.Predicate<String> p) {
    List<String> values = filters.get(key);
    return values == null || values.isEmpty() || values.stream().anyMatch(p);
  }

  private boolean all(String key, java.util.function.Predicate<String> p) {
    List<String> values = filters.get(key);
    return values == null || values.stream().allMatch(p);
  }
}
