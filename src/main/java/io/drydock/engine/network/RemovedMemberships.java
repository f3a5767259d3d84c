package io.drydock.engine.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The networks removed while stopped containers were still on them, per container, kept in
 * {@link NetworkFiles} so that the container's next start can join a network of the same name
 * again (as dockerd does). Not thread-safe: {@link Networks} holds its lock around every use.
 */
final class RemovedMemberships {
  private final NetworkFiles files;
  private final Map<String, List<Membership>> removed;

  RemovedMemberships(NetworkFiles files) {
    this.files = files;
    this.removed = new LinkedHashMap<>(files.loadMemberships());
  }

  /** Remembers the network for each of its endpoints' containers, as the network goes. */
  void add(NetworkRecord network, Iterable<EndpointRecord> endpoints) {
    for (EndpointRecord ep : endpoints) {
      List<Membership> kept = new ArrayList<>(of(ep.containerId()));
      kept.add(new Membership(network.name(), network.id(), ep.containerName(), ep.aliases(), ep.requestedIpv4()));
      files.saveMemberships(ep.containerId(), kept);
      removed.put(ep.containerId(), kept);
    }
  }

  /** Remembers a network the container names that does not exist (yet), as if removed under it. */
  void addMissing(String containerId, String containerName, String network, List<String> aliases) {
    addPending(containerId, new Membership(network, "", containerName, aliases, ""));
  }

  /** Remembers a network the container will join at its start (its endpoint cannot be made yet). */
  void addPending(String containerId, Membership membership) {
    List<Membership> kept = new ArrayList<>(of(containerId));
    kept.add(membership);
    files.saveMemberships(containerId, kept);
    removed.put(containerId, kept);
  }

  List<Membership> of(String containerId) {
    return removed.getOrDefault(containerId, List.of());
  }

  void forget(String containerId) {
    if (removed.containsKey(containerId)) {
      files.saveMemberships(containerId, List.of());
      removed.remove(containerId);
    }
  }
}
