package io.drydock.engine.network;

import java.util.Optional;

/**
 * How the network service finds a container named in {@code POST /networks/{id}/connect}; the
 * container service installs the real one. Until then every lookup answers "No such container".
 */
@FunctionalInterface
public interface ContainerLookup {
  ContainerLookup NONE = ref -> Optional.empty();

  /** The container's id and name, by id, id prefix or name. */
  Optional<ContainerRef> find(String idOrName);

  /** A container as the network service needs it; {@code env} its {@code Config.Env} (what a legacy link passes on). */
  record ContainerRef(String id, String name, java.util.List<String> env) {
    public ContainerRef {
      env = java.util.List.copyOf(env == null ? java.util.List.of() : env);
    }

    public ContainerRef(String id, String name) {
      this(id, name, java.util.List.of());
    }
  }
}
