package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.engine.events.FilterKeys;
import io.drydock.engine.events.FilterTime;
import io.drydock.engine.events.LabelMatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /containers/prune}: removes every stopped (exited, created or dead) container the
 * label filters match; one that cannot be removed is skipped, as dockerd does.
 */
final class PruneOperation {
  private static final Logger LOG = LoggerFactory.getLogger(PruneOperation.class);
  private final ServiceParts parts;
  private final ListOperation lists;
  private final RemoveOperation removes;

  PruneOperation(ServiceParts parts, ListOperation lists, RemoveOperation removes) {
    this.parts = parts;
    this.lists = lists;
    this.removes = removes;
  }

  /** Returns the ids of the removed containers. */
  List<String> prune(Map<String, List<String>> filters) {
    List<String> removed = new ArrayList<>();
    Instant now = Instant.now();
    // as dockerd: only containers created no later than every until
    Optional<Instant> until = filters.getOrDefault("until", List.of()).stream().map(u -> FilterTime.parse(u, now)).min(Instant::compareTo);
    ContainerFilter labels = lists.filter(labelOnly(filters));
    List<String> notLabels = filters.getOrDefault("label!", List.of());
    for (ContainerRecord r : parts.index.all()) {
      if ((r.status() == ContainerStatus.EXITED || r.status() == ContainerStatus.CREATED || r.status() == ContainerStatus.DEAD)
          && labels.test(r) && !LabelMatch.excluded(r.config().labels(), notLabels) && until.map(u -> !r.created().isAfter(u)).orElse(true)) {
        try {
          removes.remove(r.id(), false);
          removed.add(r.id().value());
        } catch (DrydockException e) {
          LOG.debug("prune skips {}: {}", r.id(), e.getMessage());
        }
      }
    }
    return removed;
  }

  private static Map<String, List<String>> labelOnly(Map<String, List<String>> filters) {
    FilterKeys.check(filters, Set.of("label", "label!", "until"));
    return filters.containsKey("label") ? Map.of("label", filters.get("label")) : Map.of();
  }
}
