package io.drydock.engine.network;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ipam.Ipv4;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The user's {@code connect} and {@code disconnect}: the endpoint, and — when the container runs
 * — its wiring into the sandbox at once, undone when the wiring fails, and the listener told so
 * the container's files (hosts, DNS) follow. Finds containers through the container service's
 * {@link ContainerLookup}. Not thread-safe: {@link Networks} holds its lock around every use.
 */
final class LiveConnections {
  private final Endpoints endpoints;
  private final SandboxWiring wiring;
  private final NetworkTable table;
  private volatile ContainerLookup containers = ContainerLookup.NONE;
  private volatile Consumer<String> rewired = id -> {};

  LiveConnections(Endpoints endpoints, SandboxWiring wiring, NetworkTable table) {
    this.endpoints = endpoints;
    this.wiring = wiring;
    this.table = table;
  }

  void containersFrom(ContainerLookup lookup) {
    this.containers = lookup;
  }

  void onRewired(Consumer<String> listener) {
    this.rewired = listener;
  }

  void connect(String network, String container, List<String> aliases, Optional<Ipv4> ipv4, List<String> links) {
    ContainerLookup.ContainerRef ref = containers.find(container)
        .orElseThrow(() -> new DrydockException.NotFound("No such container: " + container));
    if (!NetworkLookup.find(table.records(), network).predefined()) { // dockerd names it by its short id too, running or not
      aliases = EndpointRecord.aliasesWithShortId(aliases, ref.id());
    }
    if (!wiring.wired(ref.id())) {
      endpoints.attachAtCreate(network, ref.id(), ref.name(), aliases, ipv4, Optional.empty(), links);
      return;
    }
    EndpointRecord ep = endpoints.attach(network, ref.id(), ref.name(), aliases, ipv4, Optional.empty(), links);
    try {
      wiring.plugInto(ref.id(), NetworkLookup.find(table.records(), network), ep);
    } catch (RuntimeException e) {
      endpoints.detach(network, ref.id());
      throw e;
    }
    rewired.accept(ref.id());
  }

  void disconnect(String network, String container) {
    String id = containers.find(container).map(ContainerLookup.ContainerRef::id).orElse(container);
    endpoints.detach(network, id);
    if (wiring.wired(id)) {
      rewired.accept(id);
    }
  }
}
