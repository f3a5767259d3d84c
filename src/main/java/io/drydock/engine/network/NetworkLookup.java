package io.drydock.engine.network;

import io.drydock.common.DrydockException;
import java.util.Collection;
import java.util.List;

/**
 * dockerd's order for finding a network by what the user typed: full id, then exact name, then a
 * unique id prefix. Pure over the current records.
 */
final class NetworkLookup {
  private NetworkLookup() {}

  static NetworkRecord find(Collection<NetworkRecord> networks, String term) {
    for (NetworkRecord n : networks) {
      if (n.id().equals(term)) {
        return n;
      }
    }
    for (NetworkRecord n : networks) {
      if (n.name().equals(term)) {
        return n;
      }
    }
    List<NetworkRecord> byPrefix = term.isEmpty() ? List.of() : networks.stream().filter(n -> n.id().startsWith(term)).toList();
    if (byPrefix.size() == 1) {
      return byPrefix.get(0);
    }
    if (byPrefix.size() > 1) {
      throw new DrydockException.InvalidArgument(
          "network " + term + " is ambiguous (" + byPrefix.size() + " matches found based on ID prefix)");
    }
    throw new DrydockException.NotFound("network " + term + " not found");
  }
}
