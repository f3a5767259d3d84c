package io.drydock.api.networks;

import io.drydock.api.dto.Network;
import io.drydock.engine.network.EndpointRecord;
import io.drydock.engine.network.IpamPool;
import io.drydock.engine.network.NetworkCreate;
import io.drydock.engine.network.NetworkRecord;
import io.drydock.api.dto.NetworkCreateBody;
import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Network records to swagger's {@code Network}, and the create body to the engine's request. */
final class NetworkTranslator {
  private NetworkTranslator() {}

  static Network network(NetworkRecord n, List<EndpointRecord> endpoints) {
    List<Map<String, String>> config = new ArrayList<>();
    for (IpamPool p : n.ipam()) {
      Map<String, String> c = new LinkedHashMap<>();
      c.put("Subnet", p.subnet());
      if (!p.gateway().isEmpty()) {
        c.put("Gateway", p.gateway());
      }
      if (!p.ipRange().isEmpty()) {
        c.put("IPRange", p.ipRange());
      }
      config.add(c);
    }
    Map<String, Network.NetworkContainer> containers = new LinkedHashMap<>();
    for (EndpointRecord e : endpoints) {
      containers.put(e.containerId(), new Network.NetworkContainer(e.containerName(), e.endpointId(), e.mac(),
          e.ipv4().isEmpty() ? "" : e.ipv4() + "/" + e.prefix(), ""));
    }
    return new Network(n.name(), n.id(), n.created(), "local", n.driver(), false, new Network.Ipam("default", Map.of(), config),
        n.internal(), n.attachable(), false, Map.of("Network", ""), false, containers, n.options(), n.labels());
  }

  static NetworkCreate create(NetworkCreateBody body) {
    refuseSwarmScope(body.scope());
    if (body.enableIpv6()) {
      throw new DrydockException.NotImplemented("IPv6 networks are not supported by drydock yet");
    }
    List<IpamPool> pools = new ArrayList<>();
    for (Map<String, String> c : body.pools()) {
      pools.add(new IpamPool(c.getOrDefault("Subnet", ""), c.getOrDefault("Gateway", ""), c.getOrDefault("IPRange", "")));
    }
    return new NetworkCreate(body.name(), body.driver(), body.internal(), body.attachable(), Boolean.TRUE.equals(body.checkDuplicate()),
        body.labels() == null ? Map.of() : body.labels(), body.options() == null ? Map.of() : body.options(), pools);
  }

  /** dockerd without swarm: a local scope (or none) is all it makes. */
  private static void refuseSwarmScope(String scope) {
    if (scope == null || scope.isEmpty() || scope.equals("local")) {
      return;
    }
    if (scope.equals("swarm")) {
      throw new DrydockException.Forbidden("cannot create a swarm scoped network when swarm is not active");
    }
    throw new DrydockException.SystemError("This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again.");
  }
}
