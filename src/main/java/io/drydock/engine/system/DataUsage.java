package io.drydock.engine.system;

import java.util.List;

/**
 * Disk usage as {@code docker system df} reports it. Volumes and build cache are not tracked by
 * drydock yet, so they are absent here and empty on the wire.
 */
public record DataUsage(long layersSize, List<ImageUsage> images, List<ContainerUsage> containers) {
  public DataUsage {
    images = List.copyOf(images);
    containers = List.copyOf(containers);
  }

  /**
   * One image, the (unpacked) bytes of its layers, the part of them other images share, and how
   * many containers use it (what makes it "active" in {@code docker system df}).
   */
  public record ImageUsage(String id, long sizeBytes, long sharedBytes, long containers) {}

  /** One container and its state. */
  public record ContainerUsage(String id, ContainerRunState state) {}
}
