package io.drydock.engine.network;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ipam.Ipam;
import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.ipam.Subnet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A network in memory: its record, its address allocator (bridge only) and its endpoints by container id. */
final class LiveNetwork {
  final NetworkRecord record;
  final Optional<Ipam> ipam;
  final Map<String, EndpointRecord> endpoints = new LinkedHashMap<>();

  LiveNetwork(NetworkRecord record) {
    this.record = record;
    this.ipam = record.driver().equals("bridge") ? Optional.of(ipamOf(record)) : Optional.empty();
  }

  static Ipam ipamOf(NetworkRecord record) {
    if (record.ipam().isEmpty()) {
      throw new DrydockException.InvalidArgument("bridge network " + record.name() + " has no IPAM pool");
    }
    IpamPool p = record.ipam().get(0);
    return new Ipam(
        Subnet.parse(p.subnet()),
        Optional.ofNullable(p.gateway()).filter(s -> !s.isEmpty()).map(Ipv4::parse),
        Optional.ofNullable(p.ipRange()).filter(s -> !s.isEmpty()).map(Subnet::parse));
  }

  NetworkState state() {
    return new NetworkState(record, List.copyOf(endpoints.values()));
  }
}
