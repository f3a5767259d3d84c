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

  /**
   * Whether the network's endpoints are not persisted with it: those of {@code host} and
   * {@code none} hold nothing but the container's name (no address, no alias), and the
   * container's own wiring.json names its network mode, from which
   * {@link Networks#restoreEndpoint} brings them back at daemon start. This spares every create
   * and remove of such a container two fsyncs and a rewrite of a file that lists every container
   * on the host.
   */
  boolean endpointsDerived() {
    return record.predefined() && ipam.isEmpty();
  }

  /** What is written for it: the record, and the endpoints unless {@link #endpointsDerived}. */
  NetworkState persisted() {
    return endpointsDerived() ? new NetworkState(record, List.of()) : state();
  }
}
