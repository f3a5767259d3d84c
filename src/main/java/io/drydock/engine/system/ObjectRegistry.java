package io.drydock.engine.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * The engine-wide tally of objects that {@code /info} and {@code /system/df} report. The container
 * store calls {@link #containerState} on every state change and {@link #containerRemoved} on
 * delete; the image store calls {@link #imageStored} and {@link #imageRemoved}. It holds no
 * objects, only what the system view needs, so the stores stay the owners of their data.
 */
public final class ObjectRegistry {
  private final Map<String, ContainerRunState> containers = new ConcurrentHashMap<>();
  private final Map<String, DataUsage.ImageUsage> images = new ConcurrentHashMap<>();
  private volatile long distinctLayerBytes = -1;
  private volatile ToLongFunction<String> imageContainers = id -> 0;

  public void containerState(String containerId, ContainerRunState state) {
    containers.put(Objects.requireNonNull(containerId), Objects.requireNonNull(state));
  }

  public void containerRemoved(String containerId) {
    containers.remove(containerId);
  }

  public void imageStored(String imageId, long sizeBytes) {
    imageStored(imageId, sizeBytes, 0);
  }

  /** An image with its size and the part of it that other images share. */
  public void imageStored(String imageId, long sizeBytes, long sharedBytes) {
    images.put(Objects.requireNonNull(imageId), new DataUsage.ImageUsage(imageId, sizeBytes, sharedBytes, 0));
  }

  /**
   * The bytes of all layers, each counted once however many images use it ({@code LayersSize}).
   * Until the image store reports it, the sum of the image sizes stands in.
   */
  public void layersStored(long bytes) {
    distinctLayerBytes = bytes;
  }

  /**
   * How to count the containers that use an image (by id), asked when {@code /system/df} is
   * answered: container create and remove change it without the image store knowing.
   */
  public void imageContainers(ToLongFunction<String> count) {
    imageContainers = Objects.requireNonNull(count);
  }

  public void imageRemoved(String imageId) {
    images.remove(imageId);
  }

  public ObjectCounts counts() {
    Map<ContainerRunState, Integer> byState = new java.util.EnumMap<>(ContainerRunState.class);
    List<ContainerRunState> states = new ArrayList<>(containers.values());
    states.forEach(s -> byState.merge(s, 1, Integer::sum));
    return new ObjectCounts(
        states.size(),
        byState.getOrDefault(ContainerRunState.RUNNING, 0),
        byState.getOrDefault(ContainerRunState.PAUSED, 0),
        byState.getOrDefault(ContainerRunState.STOPPED, 0),
        images.size());
  }

  /** A consistent snapshot for {@code /system/df}, ordered by id. */
  public DataUsage dataUsage() {
    List<DataUsage.ImageUsage> imageUsage = new ArrayList<>();
    ToLongFunction<String> count = imageContainers;
    images.values().forEach(i -> imageUsage.add(new DataUsage.ImageUsage(i.id(), i.sizeBytes(), i.sharedBytes(), count.applyAsLong(i.id()))));
    imageUsage.sort(Comparator.comparing(DataUsage.ImageUsage::id));
    long distinct = distinctLayerBytes;
    long layers = distinct >= 0 ? distinct : imageUsage.stream().mapToLong(DataUsage.ImageUsage::sizeBytes).sum();
    return new DataUsage(layers, imageUsage);
  }
}
