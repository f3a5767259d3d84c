package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.image.ImageStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code GET /containers/json}, and the filters it shares with prune. */
final class ListOperation {
  private final ServiceParts parts;
  private final ImageStore images;
  private final java.util.function.Function<ContainerRecord, String> healthOf;

  ListOperation(ServiceParts parts, ImageStore images, java.util.function.Function<ContainerRecord, String> healthOf) {
    this.parts = parts;
    this.images = images;
    this.healthOf = healthOf;
  }

  /** Newest first; stopped ones only with {@code all} (or a limit, or an exited/status filter). */
  List<StoredContainer> list(boolean all, int limit, Map<String, List<String>> filters) {
    ContainerFilter f = filter(filters);
    List<StoredContainer> out = new ArrayList<>();
    List<ContainerRecord> records = new ArrayList<>(parts.index.all());
    records.sort(Comparator.comparing(ContainerRecord::created).reversed());
    for (ContainerRecord r : records) {
      boolean shown = all || limit > 0 || f.impliesAll() || r.status().isRunning();
      if (shown && f.test(r) && parts.stored.containsKey(r.id())) {
        out.add(parts.stored.get(r.id()));
      }
      if (limit > 0 && out.size() >= limit) {
        break;
      }
    }
    return out;
  }

  ContainerFilter filter(Map<String, List<String>> filters) {
    return new ContainerFilter(filters, parts.index::get, this::imageIdOf, id -> parts.wiring.flatMap(w -> w.view(id)), healthOf);
  }

  private String imageIdOf(String ref) {
    try {
      return images.resolve(ref).toString();
    } catch (DrydockException e) {
      return null;
    }
  }
}
