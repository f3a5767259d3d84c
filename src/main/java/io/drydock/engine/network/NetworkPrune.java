package io.drydock.engine.network;

import io.drydock.engine.events.FilterKeys;
import io.drydock.engine.events.FilterTime;
import io.drydock.engine.events.LabelMatch;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which networks {@code POST /networks/prune} takes, by its filters ({@code label}, {@code label!},
 * {@code until}; any other is refused as dockerd refuses it): user networks only, made before
 * {@code until}, carrying every {@code label} and none of the {@code label!} ones. Whether a
 * running container still uses a network is for the caller, which knows the wiring.
 */
record NetworkPrune(List<String> labels, List<String> notLabels, Optional<Instant> until) {
  private static final Set<String> FILTERS = Set.of("label", "label!", "until");

  static NetworkPrune of(Map<String, List<String>> filters, Instant now) {
    FilterKeys.check(filters, FILTERS);
    return new NetworkPrune(filters.getOrDefault("label", List.of()), filters.getOrDefault("label!", List.of()),
        filters.getOrDefault("until", List.of()).stream().map(t -> FilterTime.parse(t, now)).min(Instant::compareTo));
  }

  boolean takes(NetworkRecord r) {
    boolean old = until.map(u -> OffsetDateTime.parse(r.created()).toInstant().isBefore(u)).orElse(true);
    return !r.predefined() && old && LabelMatch.all(r.labels(), labels) && !LabelMatch.excluded(r.labels(), notLabels);
  }
}
