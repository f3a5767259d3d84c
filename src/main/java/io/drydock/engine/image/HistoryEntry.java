package io.drydock.engine.image;

import java.time.Instant;
import java.util.Optional;

/** One step of an image's history as its config records it ({@code docker history} shows these). */
public record HistoryEntry(Optional<Instant> created, String createdBy, String comment, boolean emptyLayer) {
  public HistoryEntry {
    createdBy = createdBy == null ? "" : createdBy;
    comment = comment == null ? "" : comment;
  }
}
