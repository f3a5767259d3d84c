package io.drydock.engine.image;

/** One line of a delete's answer, as dockerd reports it: a reference removed, or an image deleted. */
public sealed interface DeleteItem {
  /** A reference (familiar form) that no longer names the image. */
  record Untagged(String reference) implements DeleteItem {}

  /** An image removed from the store. */
  record Deleted(ImageId id) implements DeleteItem {}
}
