package io.drydock.engine.image;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@code docker history} from an image's config history and layers: each non-empty step
 * owns the next layer; the top row carries the image's id and tags, the rows of local parent
 * images theirs, the others are {@code <missing>} as in dockerd for pulled images.
 */
final class HistoryView {
  private HistoryView() {}

  static List<HistoryItem> of(ImageStore store, ImageId id) {
    List<HistoryItem> rows = new ArrayList<>();
    ImageRecord image = store.record(id);
    List<HistoryEntry> history = image.history();
    int layer = 0;
    List<HistoryItem> oldestFirst = new ArrayList<>();
    for (HistoryEntry h : history) {
      long size = 0;
      if (!h.emptyLayer() && layer < image.layers().size()) {
        size = store.unpackedSize(image.layers().get(layer++).digest());
      }
      oldestFirst.add(new HistoryItem(Optional.empty(), h.created(), h.createdBy(), List.of(), size, h.comment()));
    }
    Collections.reverse(oldestFirst);
    List<ImageRecord> chain = new ArrayList<>();
    for (Optional<ImageId> next = Optional.of(id); next.isPresent() && store.exists(next.get()); ) {
      ImageRecord r = store.record(next.get());
      chain.add(r);
      next = r.parent();
    }
    for (int i = 0; i < oldestFirst.size(); i++) {
      HistoryItem row = oldestFirst.get(i);
      ImageRecord owner = ownerOf(chain, history.size() - i);
      rows.add(owner == null ? row : new HistoryItem(Optional.of(owner.id()), row.created(), row.createdBy(), owner.repoTags(), row.size(), row.comment()));
    }
    return rows;
  }

  /** The image in the local chain whose history has exactly {@code length} steps, if any. */
  private static ImageRecord ownerOf(List<ImageRecord> chain, int length) {
    return chain.stream().filter(r -> r.history().size() == length).findFirst().orElse(null);
  }
}
