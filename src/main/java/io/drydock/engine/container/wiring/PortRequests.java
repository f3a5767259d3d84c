package io.drydock.engine.container.wiring;

import io.drydock.engine.network.Networks;
import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.port.PortMapping;
import io.drydock.engine.network.port.PortRequest;
import io.drydock.engine.network.port.PortSpecs;
import java.util.List;

/**
 * The ports a container publishes at start, from its persisted bindings and, with
 * {@code PublishAllPorts}, its exposed ports. Those with no host address go to the network's
 * {@code host_binding_ipv4}, else to the daemon's {@code defaultBindIp} (loopback unless
 * configured), so a {@code -p 8080:80} never opens a port to the outside by surprise.
 */
final class PortRequests {
  private final Networks networks;
  private final Ipv4 defaultBindIp;

  PortRequests(Networks networks, Ipv4 defaultBindIp) {
    this.networks = networks;
    this.defaultBindIp = defaultBindIp;
  }

  List<PortRequest> of(WiringState state) {
    Ipv4 bindIp = bindIp(state.networkMode());
    List<PortRequest> explicit = PortSpecs.parse(state.portBindings()).stream()
        .map(r -> r.hostIp().equals(PortMapping.ANY) ? new PortRequest(r.protocol(), r.containerPort(), bindIp, r.firstHostPort(), r.lastHostPort()) : r)
        .toList();
    return state.publishAll() ? PortSpecs.publishAll(state.exposedPorts(), explicit, bindIp) : explicit;
  }

  private Ipv4 bindIp(String networkMode) {
    String network = networkMode.isEmpty() || networkMode.equals("default") ? "bridge" : networkMode;
    if (network.startsWith("container:") || !networks.exists(network)) {
      return defaultBindIp;
    }
    return networks.inspect(network).bridgeOptions().hostBindingIp().orElse(defaultBindIp);
  }
}
