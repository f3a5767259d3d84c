package io.drydock.engine.build;

import io.drydock.engine.image.HistoryEntry;
import io.drydock.engine.image.ImageConfig;
import io.drydock.engine.image.ImageId;
import io.drydock.engine.image.ImageRecord;
import io.drydock.engine.image.ImageStore;
import java.util.List;
import java.util.Optional;

/**
 * dockerd's classic build cache: a step is skipped when an image already exists whose parent is
 * the stage's current image, whose last history line is the one this step would write (for
 * COPY/ADD it holds the content's hash, for RUN the command and its build args) and whose config is
 * the one this step would leave. {@code nocache} turns it off.
 */
final class BuildCache {
  private final ImageStore store;
  private final boolean enabled;

  BuildCache(ImageStore store, boolean enabled) {
    this.store = store;
    this.enabled = enabled;
  }

  Optional<String> find(Optional<String> parent, String createdBy, ImageConfig config) {
    if (!enabled || parent.isEmpty()) {
      return Optional.empty();
    }
    for (ImageId child : store.children(ImageId.parse(parent.get()))) {
      ImageRecord r;
      try {
        r = store.record(child);
      } catch (RuntimeException gone) {
        continue;
      }
      List<HistoryEntry> history = r.history();
      if (!history.isEmpty() && history.get(history.size() - 1).createdBy().equals(createdBy) && r.config().equals(config)) {
        return Optional.of(child.toString());
      }
    }
    return Optional.empty();
  }
}
