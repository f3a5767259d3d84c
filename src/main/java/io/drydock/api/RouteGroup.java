package io.drydock.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A router in moby's sense: the handlers one area of the engine serves (system, containers,
 * images...), keyed by swagger operationId. This is the extension point: a new area implements it
 * and is passed to {@link RouteTable#build}; the operations it names stop answering 501.
 */
public interface RouteGroup {
  /** Handlers by operationId ({@code "ContainerCreate"} → {@code this::containerCreate}). */
  Map<String, RouteHandler> handlers();

  /**
   * Operations this group serves that the v1.41 swagger does not list (moby's checkpoint routes,
   * {@code POST /build/cancel}); their handlers go in {@link #handlers} under the same ids.
   */
  default List<ApiOperation> extraOperations() {
    return List.of();
  }

  /**
   * Operations whose handlers read the request body as a stream ({@link ApiRequest#bodyStream})
   * rather than whole: tar uploads, which may be far larger than the JSON body limit.
   */
  default Set<String> streamedBodies() {
    return Set.of();
  }
}
