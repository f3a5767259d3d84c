package io.drydock.engine.network;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An endpoint's legacy links on a user network, {@code target:alias} as the client gave them
 * (unchecked, as dockerd keeps them): what the linking container's embedded DNS maps each alias
 * to. A link without an alias names the target itself; a leading {@code /} of the target is dropped.
 */
public final class EndpointLinks {
  private EndpointLinks() {}

  /** Alias (lower-cased: DNS names are case-insensitive) → the target's name; the last link of an alias wins. */
  public static Map<String, String> aliases(List<String> links) {
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
