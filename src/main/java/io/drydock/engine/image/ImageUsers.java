package io.drydock.engine.image;

import io.drydock.common.ContainerId;
import java.util.List;

/**
 * The containers that use an image, asked by delete and prune. The image store does not know
 * containers (they live in a sibling package that depends on images); the composition root
 * passes this view of them.
 */
@FunctionalInterface
public interface ImageUsers {
  /** A container created from an image, and whether it runs now (running ones can't be forced away). */
  record User(ContainerId container, boolean running) {}

  ImageUsers NONE = image -> List.of();

  /** The containers whose image is {@code image}, in any order. */
  List<User> usersOf(ImageId image);
}
