package io.drydock.engine.image;

import java.util.List;

/** One image a {@code docker load} brought in: dockerd prints {@code Loaded image: <tag>} or {@code Loaded image ID: <id>}. */
public record LoadedImage(ImageId id, List<String> tags) {
  public LoadedImage {
    tags = List.copyOf(tags);
  }
}
