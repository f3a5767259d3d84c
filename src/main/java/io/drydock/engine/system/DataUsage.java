package io.drydock.engine.system;

import java.util.List;

/**
 * What only the system's tally knows of {@code docker system df}: the bytes of all layers counted
 * once, and per image the bytes it shares and the containers that use it. The rows themselves
 * (images, containers with sizes, volumes with usage) are the list routes' own.
 */
public record DataUsage(long layersSize, List<ImageUsage> images) {
  public DataUsage {
    images = List.copyOf(images);
  }

  /**
   * One image, the (unpacked) bytes of its layers, the part of them other images share, and how
   * many containers use it (what makes it "active" in {@code docker system df}).
   */
  public record ImageUsage(String id, long sizeBytes, long sharedBytes, long containers) {}
}
