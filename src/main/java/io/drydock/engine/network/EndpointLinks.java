package io.drydock.engine.network;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Legacy links on user networks, {@code target:alias} as the client gave them (unchecked, as
 * dockerd keeps them): those of a container's primary network given at its create, and those of
 * each endpoint given at {@code network connect}. Each alias is a name only the linking
 * container's embedded DNS knows, mapped here to the target's name. A link without an alias names
 * the target itself; a leading {@code /} of the target is dropped.
 */
final class EndpointLinks {
  private final Map<String, Map<String, String>> atCreate = new ConcurrentHashMap<>();

  /** The create's links of a container; empty forgets them. */
  void set(String containerId, List<String> links) {
    if (links.isEmpty()) {
      atCreate.remove(containerId);
    } else {
      atCreate.put(containerId, aliases(links));
    }
  }

  /** The target a link of the container calls {@code name} (case-insensitive): the create's links first, then its endpoints'. */
  Optional<String> target(String containerId, String name, Collection<EndpointRecord> endpoints) {
    String key = name.toLowerCase(Locale.ROOT);
    String target = atCreate.getOrDefault(containerId, Map.of()).get(key);
    if (target != null) {
      return Optional.of(target);
    }
    return endpoints.stream().map(ep -> aliases(ep.links()).get(key)).filter(Objects::nonNull).findFirst();
  }

  /** Alias (lower-cased: DNS names are case-insensitive) → the target's name; the last link of an alias wins. */
  static Map<String, String> aliases(List<String> links) {
    Map<String, String> out = new HashMap<>();
    for (String spec : links) {
      int colon = spec.indexOf(':');
      String target = colon < 0 ? spec : spec.substring(0, colon);
      String alias = colon < 0 ? target : spec.substring(colon + 1);
      out.put(alias.toLowerCase(Locale.ROOT), target.startsWith("/") ? target.substring(1) : target);
    }
    return Map.copyOf(out);
  }
}
