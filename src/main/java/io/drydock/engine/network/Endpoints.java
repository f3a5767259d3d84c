package io.drydock.engine.network;

import io.drydock.common.DrydockException;
import io.drydock.engine.events.Actor;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.events.EventType;
import io.drydock.engine.network.ipam.Ipv4;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The endpoints of containers on networks: attached with an address (and the {@code connect}
 * event), detached with the address freed, joined again after their network was removed and made
 * anew, and restored at daemon start where they are not persisted. Not thread-safe:
 * {@link Networks} holds its lock around every use.
 */
final class Endpoints {
  private final NetworkTable table;
  private final SandboxWiring wiring;
  private final RemovedMemberships removed;
  private final EventBus events;

  Endpoints(NetworkTable table, SandboxWiring wiring, RemovedMemberships removed, EventBus events) {
    this.table = table;
    this.wiring = wiring;
    this.removed = removed;
    this.events = events;
  }

  private LiveNetwork live(String network) {
    return table.networks.get(NetworkLookup.find(table.records(), network).id());
  }

  /** See {@link Networks#attach}. */
  EndpointRecord attach(String network, String containerId, String containerName, List<String> aliases, Optional<Ipv4> ipv4) {
    return attach(network, containerId, containerName, aliases, ipv4, Optional.empty());
  }

  /** See {@link Networks#attach}; {@code mac} is the endpoint's address instead of the one its IPv4 address gives. */
  EndpointRecord attach(String network, String containerId, String containerName, List<String> aliases, Optional<Ipv4> ipv4,
      Optional<String> mac) {
    return attach(network, containerId, containerName, aliases, ipv4, mac, List.of());
  }

  /** See {@link Networks#attach}; {@code links} are the endpoint's legacy links ({@code target:alias}). */
  EndpointRecord attach(String network, String containerId, String containerName, List<String> aliases, Optional<Ipv4> ipv4,
      Optional<String> mac, List<String> links) {
    LiveNetwork live = live(network);
    if (live.endpoints.containsKey(containerId)) {
      throw new DrydockException.Forbidden("endpoint with name " + containerName + " already exists in network " + live.record.name());
    }
    if (ipv4.isPresent() && live.record.defaultBridge()) {
      throw new DrydockException.InvalidArgument("user specified IP address is supported on user defined networks only");
    }
    checkFixedAddress(live, ipv4);
    if (!aliases.isEmpty() && live.record.defaultBridge()) {
      throw new DrydockException.InvalidArgument("network-scoped alias is supported only for containers in user defined networks");
    }
    EndpointRecord ep;
    if (live.ipam.isPresent()) {
      ipv4.ifPresent(a -> yieldToStart(live, a, containerId));
      Ipv4 address = ipv4.map(a -> live.ipam.get().allocate(a)).orElseGet(() -> live.ipam.get().allocate());
      ep = new EndpointRecord(NetworkNames.newId(), containerId, containerName, address.toString(), live.ipam.get().subnet().prefix(),
          live.ipam.get().gateway().toString(), mac.orElseGet(() -> Mac.of(address)), aliases, links, ipv4.map(Ipv4::toString).orElse(""));
    } else {
      ep = new EndpointRecord(NetworkNames.newId(), containerId, containerName, "", 0, "", "", aliases, links);
    }
    live.endpoints.put(containerId, ep);
    try {
      if (!live.endpointsDerived()) {
        table.save(live);
      }
    } catch (RuntimeException e) {
      live.endpoints.remove(containerId);
      live.ipam.ifPresent(i -> i.release(Ipv4.parse(ep.ipv4())));
      throw e;
    }
    publish(live, "connect", containerId);
    return ep;
  }

  /** See {@link Networks#attachAtCreate}. */
  void attachAtCreate(String network, String containerId, String containerName, List<String> aliases, Optional<Ipv4> ipv4,
      Optional<String> mac) {
    attachAtCreate(network, containerId, containerName, aliases, ipv4, mac, List.of());
  }

  /** See {@link Networks#attachAtCreate}, with the endpoint's legacy links (not kept when the address waits for the start). */
  void attachAtCreate(String network, String containerId, String containerName, List<String> aliases, Optional<Ipv4> ipv4,
      Optional<String> mac, List<String> links) {
    LiveNetwork live = live(network);
    if (!live.record.defaultBridge() && !live.endpoints.containsKey(containerId)) {
      try {
        checkFixedAddress(live, ipv4);
        if (ipv4.isPresent() && live.ipam.get().isAllocated(ipv4.get())) {
          throw new DrydockException.Forbidden("Address already in use");
        }
      } catch (DrydockException refused) {
        removed.addPending(containerId, new Membership(live.record.name(), live.record.id(), containerName, aliases,
            ipv4.map(Ipv4::toString).orElse("")));
        return;
      }
    }
    attach(network, containerId, containerName, aliases, ipv4, mac, links);
  }

  /**
   * Frees {@code address} for {@code containerId}'s endpoint when a container that does not run
   * holds it: in dockerd only a running container's endpoint has an address, so a stopped (or
   * never started) one's cannot refuse another's start or {@code network connect}. The holder
   * leaves the network for a {@link Membership} it joins again at its own next start, asking again
   * for its fixed address if it had asked for one ({@code 403 Address already in use} then, while
   * the new holder runs; a {@code Config.MacAddress} of the holder's is not kept). A running holder
   * keeps the address; the caller's allocation then refuses it.
   */
  private void yieldToStart(LiveNetwork live, Ipv4 address, String containerId) {
    for (EndpointRecord holder : List.copyOf(live.endpoints.values())) {
      if (holder.ipv4().equals(address.toString()) && !holder.containerId().equals(containerId) && !wiring.wired(holder.containerId())) {
        live.endpoints.remove(holder.containerId());
        live.ipam.get().release(address);
        removed.addPending(holder.containerId(), new Membership(live.record.name(), live.record.id(), holder.containerName(),
            holder.aliases(), holder.requestedIpv4()));
      }
    }
  }

  /** dockerd's refusals of a fixed address the network can never give, whoever holds what. */
  private static void checkFixedAddress(LiveNetwork live, Optional<Ipv4> ipv4) {
    if (ipv4.isEmpty() || live.ipam.isEmpty()) {
      return;
    }
    if (!live.record.subnetChosenByUser()) {
      throw new DrydockException.InvalidArgument(Networks.USER_SUBNETS_ONLY);
    }
    live.ipam.get().check(ipv4.get());
  }

  /** See {@link Networks#detach}. */
  void detach(String network, String containerId) {
    LiveNetwork live = live(network);
    EndpointRecord ep = live.endpoints.get(containerId);
    if (ep == null) {
      throw new DrydockException.Forbidden("container " + containerId + " is not connected to network " + live.record.name());
    }
    wiring.unplugOne(containerId, live.record, ep);
    live.endpoints.remove(containerId);
    live.ipam.ifPresent(i -> i.release(Ipv4.parse(ep.ipv4())));
    if (!live.endpointsDerived()) {
      table.save(live);
    }
    publish(live, "disconnect", containerId);
  }

  private void publish(LiveNetwork live, String action, String containerId) {
    events.publish(EventType.NETWORK, action,
        new Actor(live.record.id(), Map.of("container", containerId, "name", live.record.name(), "type", live.record.driver())));
  }

  /** Joins the networks named by the container's memberships again; all of them must exist. */
  void rejoin(String containerId) {
    List<Membership> pending = removed.of(containerId);
    for (Membership m : pending) {
      NetworkLookup.find(table.records(), m.network());
    }
    for (Membership m : pending) {
      if (!live(m.network()).endpoints.containsKey(containerId)) {
        attach(m.network(), containerId, m.containerName(), m.aliases(), m.ipv4().isEmpty() ? Optional.empty() : Optional.of(Ipv4.parse(m.ipv4())));
      }
    }
    removed.forget(containerId);
  }

  /**
   * Gives the container's endpoints on user-defined networks its short id as an alias, as
   * dockerd's start does; written only where one was missing (the first start).
   */
  void nameByShortId(String containerId) {
    for (LiveNetwork live : table.networks.values()) {
      EndpointRecord ep = live.endpoints.get(containerId);
      EndpointRecord named = ep == null || live.record.predefined() ? ep : ep.withShortIdAlias();
      if (named == ep) {
        continue;
      }
      live.endpoints.put(containerId, named);
      if (!live.endpointsDerived()) {
        table.save(live);
      }
    }
  }

  /** See {@link Networks#restoreEndpoint}. */
  void restore(String network, String containerId, String containerName) {
    LiveNetwork live = live(network);
    if (live.endpointsDerived() && !live.endpoints.containsKey(containerId)) {
      live.endpoints.put(containerId, new EndpointRecord(NetworkNames.newId(), containerId, containerName, "", 0, "", "", List.of()));
    }
  }
}
