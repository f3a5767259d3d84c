package io.drydock.engine.image;

import io.drydock.engine.events.FilterKeys;
import io.drydock.engine.events.LabelMatch;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filters of {@code POST /images/prune}: {@code label}, {@code label!}, {@code until} (a
 * duration back from now, a time or Unix seconds, {@link io.drydock.engine.events.FilterTime}).
 */
final class PruneFilter implements Predicate<ImageRecord> {
  private static final Set<String> KNOWN = Set.of("label", "label!", "until", "dangling");
  private final List<String> labels;
  private final List<String> notLabels;
  private final Optional<Instant> until;

  private PruneFilter(List<String> labels, List<String> notLabels, Optional<Instant> until) {
    this.labels = labels;
    this.notLabels = notLabels;
    this.until = until;
  }

  static PruneFilter parse(Map<String, List<String>> filters) {
    FilterKeys.check(filters, KNOWN);
    Optional<Instant> until = filters.getOrDefault("until", List.of()).stream().map(PruneFilter::time).min(Instant::compareTo);
    return new PruneFilter(filters.getOrDefault("label", List.of()), filters.getOrDefault("label!", List.of()), until);
  }

  private static Instant time(String text) {
    return io.drydock.engine.events.FilterTime.parse(text, Instant.now());
  }

  @Override
  public boolean test(ImageRecord r) {
    if (until.isPresent() && !r.created().isBefore(until.get())) {
      return false;
    }
    return LabelMatch.all(r.config().labels(), labels) && !LabelMatch.excluded(r.config().labels(), notLabels);
  }
}
