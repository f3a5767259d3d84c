package io.drydock.engine.container.wiring;

import io.drydock.runtime.spec.Mount;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a started container's spec needs from its wiring: the network namespace to join (empty:
 * a new one, or none at all for {@code host}), the {@code /etc} files to bind (empty: the
 * container service's own), the volume, bind and tmpfs mounts in the order to apply them, and the
 * variables its legacy links give the process.
 */
public record Wired(Optional<Path> netnsPath, Map<String, Path> etcFiles, List<Mount> mounts, List<String> linkEnv) {
  public static final Wired NONE = new Wired(Optional.empty(), Map.of(), List.of(), List.of());

  public Wired {
    etcFiles = Map.copyOf(etcFiles);
    mounts = List.copyOf(mounts);
    linkEnv = List.copyOf(linkEnv);
  }
}
