package io.drydock.engine.image;

import io.drydock.common.Digest;

/** One line of a delete's answer, as dockerd reports it: a reference removed, an image deleted, or a layer it released. */
public sealed interface DeleteItem {
  /** A reference (familiar form) that no longer names the image. */
  record Untagged(String reference) implements DeleteItem {}

  /** An image removed from the store. */
  record Deleted(ImageId id) implements DeleteItem {}

  /**
   * A layer no image (and no container of the removed image) uses any more, by its chain ID:
   * dockerd's {@code Deleted: sha256:...} lines after the image's own, top layer first. Not an
   * image: no {@code delete} event is logged for it.
   */
  record DeletedLayer(Digest chainId) implements DeleteItem {}
}
