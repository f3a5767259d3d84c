package io.drydock.engine.image;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One row of {@code docker history}, newest first: the image id for rows that are a local image
 * (empty shows as {@code <missing>}), the step, its tags and the size of the layer it added.
 */
public record HistoryItem(Optional<ImageId> id, Optional<Instant> created, String createdBy, List<String> tags, long size, String comment) {
  public HistoryItem {
    tags = List.copyOf(tags);
  }
}
