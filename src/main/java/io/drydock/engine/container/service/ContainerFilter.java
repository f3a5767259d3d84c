package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code filters} of {@code GET /containers/json} as a pure predicate: values of one key are
 * alternatives, keys combine with AND (labels: all must match). Unknown keys are refused with
 * dockerd's message.
 */
final class ContainerFilter {
  static final Set<String> KEYS = Set.of("id", "name", "label", "status", "ancestor", "exited", "before", "since");

  private final Map<String, List<String>> filters;
  private final Function<String, ContainerRecord> lookup;
  private final Function<String, String> imageIdOf;

  /**
   * @param lookup resolves a container reference (for before/since)
   * @param imageIdOf resolves an image reference to its id, or null when unknown (for ancestor)
   */
  ContainerFilter(Map<String, List<String>> filters, Function<String, ContainerRecord> lookup, Function<String, String> imageIdOf) {
    for (String k : filters.keySet()) {
      if (!KEYS.contains(k)) {
        throw new DrydockException.InvalidArgument("Invalid filter '" + k + "'");
      }
    }
    filters.getOrDefault("status", List.of()).forEach(ContainerStatus::fromDockerName);
    for (String e : filters.getOrDefault("exited", List.of())) {
      if (!e.matches("-?\\d+")) {
        throw new DrydockException.InvalidArgument("Invalid filter 'exited=" + e + "'");
      }
    }
    this.filters = filters;
    this.lookup = lookup;
    this.imageIdOf = imageIdOf;
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
        && all("since", v -> r.created().isAfter(lookup.apply(v).created()));
  }

  private boolean ancestor(ContainerRecord r, String v) {
    if (r.image().equals(v) || r.imageId().equals(v) || r.imageId().startsWith("sha256:" + v)) {
      return true;
    }
    String id = imageIdOf.apply(v);
    return id != null && id.equals(r.imageId());
  }

  private static boolean label(ContainerRecord r, String v) {
    int eq = v.indexOf('=');
    if (eq < 0) {
      return r.config().labels().containsKey(v);
    }
    return v.substring(eq + 1).equals(r.config().labels().get(v.substring(0, eq)));
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
