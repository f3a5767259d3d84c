package io.drydock.engine.image;

import io.drydock.common.Digest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many images stack each layer (by chain ID), counted once for an operation that deletes
 * images and kept as they go, so an image prune tells which layers each deletion released without
 * reading every image again per deleted image. Since a chain ID names its whole stack, a layer
 * still in use keeps every layer below it: the released ones are a top run of the chain.
 */
final class LayerUse {
  private final Map<Digest, Integer> users = new HashMap<>();

  /** The count of the images in {@code store} now, from their diff IDs alone. */
  static LayerUse of(ImageStore store) {
    LayerUse use = new LayerUse();
    store.diffIds().values().forEach(diffIds -> ChainIds.of(diffIds).forEach(c -> use.users.merge(c, 1, Integer::sum)));
    return use;
  }

  /** Drops a deleted image's layers ({@code chain}, bottom first) and answers the ones no image has any more, top first. */
  List<Digest> release(List<Digest> chain) {
    chain.forEach(c -> users.computeIfPresent(c, (k, n) -> n > 1 ? n - 1 : null));
    List<Digest> released = new ArrayList<>();
    for (int i = chain.size() - 1; i >= 0 && !users.containsKey(chain.get(i)); i--) {
      released.add(chain.get(i));
    }
    return released;
  }
}
