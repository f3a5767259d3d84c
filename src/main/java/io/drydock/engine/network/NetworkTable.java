package io.drydock.engine.network;

import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.ipam.Subnet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The networks in memory with their endpoints, and the questions asked of them (a container's
 * endpoints, DNS answers, subnets in use), loaded from and saved to {@link NetworkFiles}. Not
 * thread-safe: {@link Networks} holds its lock around every use.
 */
final class NetworkTable {
  final Map<String, LiveNetwork> networks = new LinkedHashMap<>();
  private final NetworkFiles files;

  NetworkTable(NetworkFiles files) {
    this.files = files;
  }

  void load() {
    for (NetworkState state : files.loadNetworks()) {
      LiveNetwork live = new LiveNetwork(state.network());
      for (EndpointRecord ep : state.endpoints()) {
        live.endpoints.put(ep.containerId(), ep);
        if (!ep.ipv4().isEmpty()) {
          live.ipam.ifPresent(i -> i.restore(List.of(Ipv4.parse(ep.ipv4()))));
        }
      }
      networks.put(state.network().id(), live);
    }
  }

  void save(LiveNetwork live) {
    files.save(live.persisted());
  }

  List<NetworkRecord> records() {
    return networks.values().stream().map(n -> n.record).toList();
  }

  List<Subnet> subnetsInUse() {
    List<Subnet> inUse = new ArrayList<>();
    networks.values().forEach(n -> n.ipam.ifPresent(i -> inUse.add(i.subnet())));
    return inUse;
  }

  Map<NetworkRecord, EndpointRecord> endpointsOf(String containerId) {
    Map<NetworkRecord, EndpointRecord> out = new LinkedHashMap<>();
    for (LiveNetwork n : networks.values()) {
      EndpointRecord ep = n.endpoints.get(containerId);
      if (ep != null) {
        out.put(n.record, ep);
      }
    }
    return out;
  }

  /**
   * The addresses of the containers that share a user network with {@code containerId} and go by
   * {@code name}; only those {@code running} holds (dockerd's endpoints exist only while a
   * container runs, so a stopped one is not found).
   */
  List<Ipv4> resolve(String containerId, String name, java.util.function.Predicate<String> running) {
    List<Ipv4> out = new ArrayList<>();
    for (LiveNetwork n : networks.values()) {
      if (n.record.predefined() || !n.endpoints.containsKey(containerId)) {
        continue;
      }
      for (EndpointRecord ep : n.endpoints.values()) {
        boolean match = ep.containerName().equalsIgnoreCase(name)
            || ep.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))
            || ep.containerId().length() >= 12 && ep.containerId().substring(0, 12).equals(name);
        if (match && !ep.ipv4().isEmpty() && running.test(ep.containerId()) && !out.contains(Ipv4.parse(ep.ipv4()))) {
          out.add(Ipv4.parse(ep.ipv4()));
        }
      }
    }
    return out;
  }

  boolean onUserNetwork(String containerId) {
    return networks.values().stream().anyMatch(n -> !n.record.predefined() && n.endpoints.containsKey(containerId));
  }
}
