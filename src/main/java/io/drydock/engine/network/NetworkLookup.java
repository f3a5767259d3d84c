package io.drydock.engine.network;

import io.drydock.common.DrydockException;
import java.util.Collection;
import java.util.List;

/**
 * dockerd's order for finding a network by what the user typed: full id, then a unique exact
 * name, then a unique id prefix. Pure over the current records.
 */
final class NetworkLookup {
  private NetworkLookup() {}

  static NetworkRecord find(Collection<NetworkRecord> networks, String term) {
    for (NetworkRecord n : networks) {
      if (n.id().equals(term)) {
        return n;
      }
    }
    List<NetworkRecord> byName = networks.stream().filter(n -> n.name().equals(term)).toList();
    if (byName.size() == 1) {
      return byName.get(0);
    }
    if (byName.size() > 1) {
      throw new Ambiguous(term, byName.size(), "name");
    }
    List<NetworkRecord> byPrefix = term.isEmpty() ? List.of() : networks.stream().filter(n -> n.id().startsWith(term)).toList();
    if (byPrefix.size() == 1) {
      return byPrefix.get(0);
    }
    if (byPrefix.size() > 1) {
      throw new Ambiguous(term, byPrefix.size(), "ID prefix");
    }
    throw new DrydockException.NotFound("network " + term + " not found");
  }

  /**
   * More than one network matches: by exact name (API 1.41 lets names repeat) or by id prefix.
   * Worded as dockerd words it for every verb but inspect ({@link #inspectWording}).
   */
  static final class Ambiguous extends DrydockException.InvalidArgument {
    private static final long serialVersionUID = 1L;
    private final String term;
    private final int matches;
    private final String basis;

    Ambiguous(String term, int matches, String basis) {
      super("network " + term + " is ambiguous (" + matches + " matches found based on " + basis + ")");
      this.term = term;
      this.matches = matches;
      this.basis = basis;
    }

    /** dockerd's {@code GET /networks/{id}} says it the other way round. */
    DrydockException.InvalidArgument inspectWording() {
      return new DrydockException.InvalidArgument(matches + " matches found based on " + basis + ": network " + term + " is ambiguous");
    }
  }
}
