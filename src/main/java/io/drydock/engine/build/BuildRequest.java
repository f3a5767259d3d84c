package io.drydock.engine.build;

import io.drydock.engine.image.reference.ImageRef;
import java.util.List;
import java.util.Map;

/**
 * What {@code POST /build} asks, in the engine's terms: the tags given at the end, the
 * Dockerfile's path in the context, {@code --build-arg}s (a null value: declared without one),
 * {@code --label}s, quiet (only the image ID is printed), rm (remove a RUN's container after a
 * successful step), forcerm (always), nocache and the network mode of RUN's containers ({@code
 * networkmode}: empty or {@code default} is the default bridge, {@code none}, {@code host}, or a
 * network's name).
 */
public record BuildRequest(List<ImageRef> tags, String dockerfile, Map<String, String> buildArgs, Map<String, String> labels, boolean quiet,
    boolean remove, boolean forceRemove, boolean noCache, String networkMode) {
  public BuildRequest {
    tags = List.copyOf(tags);
    dockerfile = dockerfile == null || dockerfile.isEmpty() ? "Dockerfile" : dockerfile;
    buildArgs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(buildArgs));
    labels = Map.copyOf(labels);
    networkMode = networkMode == null ? "" : networkMode;
  }
}
