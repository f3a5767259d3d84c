package io.drydock.engine.build;

import io.drydock.engine.image.reference.ImageRef;
import java.util.List;
import java.util.Map;

/**
 * What {@code POST /build} asks, in the engine's terms: the tags given at the end, the
 * Dockerfile's path in the context, {@code --build-arg}s (a null value: declared without one),
 * {@code --label}s, quiet (only the image ID is printed), rm (remove a RUN's container after a
 * successful step), forcerm (always) and nocache.
 */
public record BuildRequest(List<ImageRef> tags, String dockerfile, Map<String, String> buildArgs, Map<String, String> labels, boolean quiet,
    boolean remove, boolean forceRemove, boolean noCache) {
  public BuildRequest {
    tags = List.copyOf(tags);
    dockerfile = dockerfile == null || dockerfile.isEmpty() ? "Dockerfile" : dockerfile;
    buildArgs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(buildArgs));
    labels = Map.copyOf(labels);
  }
}
