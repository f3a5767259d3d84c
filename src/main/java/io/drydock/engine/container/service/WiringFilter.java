package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.wiring.WiringView;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The container-list filters that look at a container's wiring, as dockerd 20.10's list reads
 * them: {@code network} (a network's name, or a prefix of its id), {@code volume} (a mount's
 * volume name, its source for a bind, or its destination), {@code publish} and {@code expose}
 * ({@code port[/proto]} or {@code start-end[/proto]}, tcp by default, against the published and
 * the exposed ports of a running container: dockerd 20.10 reads them from the live network
 * settings, so a created or stopped container matches neither). A malformed port is dockerd's 500
 * {@code error while looking up for ...}.
 * A container without wiring matches none of them.
 */
final class WiringFilter {
  static final Set<String> KEYS = Set.of("network", "volume", "publish", "expose");

  private final Map<String, List<String>> filters;
  private final Set<String> publish;
  private final Set<String> expose;

  WiringFilter(Map<String, List<String>> filters) {
    this.filters = filters;
    this.publish = ports("publish", filters.getOrDefault("publish", List.of()));
    this.expose = ports("expose", filters.getOrDefault("expose", List.of()));
  }

  boolean active() {
    return KEYS.stream().anyMatch(filters::containsKey);
  }

  boolean test(Optional<WiringView> wiring, boolean running) {
    if (!active()) {
      return true;
    }
    if (wiring.isEmpty()) {
      return false;
    }
    WiringView v = wiring.get();
    return any("network", n -> v.endpoints().keySet().stream().anyMatch(r -> r.name().equals(n) || r.id().startsWith(n)))
        && any("volume", m -> v.mounts().stream().anyMatch(x -> m.equals(x.destination()) || m.equals(x.name() == null || x.name().isEmpty() ? x.source() : x.name())))
        && (publish.isEmpty() || running && v.published().stream().map(p -> p.containerPort() + "/" + p.protocol().name().toLowerCase(java.util.Locale.ROOT))
            .anyMatch(publish::contains))
        && (expose.isEmpty() || running && v.exposedPorts().stream().map(WiringFilter::withProto).anyMatch(expose::contains));
  }

  private boolean any(String key, java.util.function.Predicate<String> p) {
    List<String> values = filters.get(key);
    return values == null || values.isEmpty() || values.stream().anyMatch(p);
  }

  private static String withProto(String port) {
    return port.contains("/") ? port : port + "/tcp";
  }

  /** Every {@code port/proto} the values name (Go's {@code nat.ParsePortRange}, 16-bit). */
  static Set<String> ports(String key, List<String> values) {
    Set<String> out = new HashSet<>();
    for (String value : values) {
      if (value.contains(":")) {
        throw new DrydockException.SystemError("filter for '" + key + "' should not contain ':': " + value);
      }
      int slash = value.indexOf('/');
      String port = slash < 0 ? value : value.substring(0, slash);
      String proto = slash < 0 ? "tcp" : value.substring(slash + 1);
      String[] range = port.split("-", -1);
      long start = uint16(key, value, range[0]);
      long end = range.length > 1 ? uint16(key, value, range[1]) : start;
      if (end < start) {
        throw new DrydockException.SystemError("error while looking up for " + key + " " + value + ": Invalid range specified for the Port: " + port);
      }
      for (long p = start; p <= end; p++) {
        out.add(p + "/" + proto);
      }
    }
    return out;
  }

  private static long uint16(String key, String value, String digits) {
    String why;
    if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (digits.length() <= 5 && Long.parseLong(digits) <= 65535) {
        return Long.parseLong(digits);
      }
      why = "value out of range";
    } else {
      why = "invalid syntax";
    }
    throw new DrydockException.SystemError("error while looking up for " + key + " " + value + ": strconv.ParseUint: parsing \"" + digits + "\": " + why);
  }
}
