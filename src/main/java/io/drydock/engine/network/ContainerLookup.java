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

  /** A container as the network service needs it. */
  record ContainerRef(String id, String name) {}
}
