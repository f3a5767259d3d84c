package io.drydock.runtime;

import java.util.List;

/**
 * Starts the native helper somewhere other than as a child of this JVM — under a shim, which
 * then holds the container's stdio and outlives the JVM — and returns the helper's pid. The
 * helper connects back to the socket named in its argv exactly as when the JVM spawns it.
 */
@FunctionalInterface
public interface HelperSpawner {
  long spawn(List<String> argv);
}
