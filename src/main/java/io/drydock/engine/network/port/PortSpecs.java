package io.drydock.engine.network.port;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ipam.Ipv4;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code HostConfig.PortBindings} as the API delivers it — {@code {"80/tcp":
 * [{"HostIp":"127.0.0.1","HostPort":"8080"}]}} — into mappings, with dockerd's messages. A host
 * port range ({@code 8000-8010}) takes the first free port of the range, like docker-proxy.
 */
public final class PortSpecs {
  private PortSpecs() {}

  /** One binding as the API gives it; either field may be empty. */
  public record HostBinding(String hostIp, String hostPort) {}

  public static List<PortRequest> parse(Map<String, List<HostBinding>> bindings) {
    List<PortRequest> out = new ArrayList<>();
    for (Map.Entry<String, List<HostBinding>> e : bindings.entrySet()) {
      String key = e.getKey();
      int slash = key.indexOf('/');
      Protocol proto = Protocol.parse(slash < 0 ? "tcp" : key.substring(slash + 1));
      int containerPort = port(slash < 0 ? key : key.substring(0, slash), "invalid port specification: \"" + key + "\"");
      if (containerPort == 0) {
        throw new DrydockException.InvalidArgument("invalid port specification: \"" + key + "\"");
      }
      List<HostBinding> list = e.getValue() == null || e.getValue().isEmpty() ? List.of(new HostBinding("", "")) : e.getValue();
      for (HostBinding b : list) {
        out.add(request(proto, containerPort, b));
      }
    }
    return out;
  }

  /**
   * {@code -P}: every exposed port ({@code "80/tcp"}) that has no explicit binding gets an
   * ephemeral host port on {@code hostIp} (Docker uses 0.0.0.0).
   */
  public static List<PortRequest> publishAll(java.util.Collection<String> exposedPorts, List<PortRequest> explicit, Ipv4 hostIp) {
    List<PortRequest> out = new ArrayList<>(explicit);
    for (String key : new java.util.TreeSet<>(exposedPorts)) {
      PortRequest parsed = parse(Map.of(key, List.of())).get(0);
      boolean bound = explicit.stream().anyMatch(r -> r.containerPort() == parsed.containerPort() && r.protocol() == parsed.protocol());
      if (!bound) {
        out.add(new PortRequest(parsed.protocol(), parsed.containerPort(), hostIp, 0, 0));
      }
    }
    return out;
  }

  private static PortRequest request(Protocol proto, int containerPort, HostBinding b) {
    String ipText = b.hostIp() == null ? "" : b.hostIp();
    Ipv4 ip;
    try {
      ip = ipText.isEmpty() ? PortMapping.ANY : Ipv4.parse(ipText);
    } catch (DrydockException.InvalidArgument x) {
      throw new DrydockException.InvalidArgument("invalid IP address: " + ipText);
    }
    String hp = b.hostPort() == null ? "" : b.hostPort();
    int first;
    int last;
    int dash = hp.indexOf('-');
    if (hp.isEmpty()) {
      first = 0;
      last = 0;
    } else if (dash > 0) {
      first = port(hp.substring(0, dash), "invalid hostPort: " + hp);
      last = port(hp.substring(dash + 1), "invalid hostPort: " + hp);
      if (last < first || first == 0) {
        throw new DrydockException.InvalidArgument("invalid hostPort: " + hp);
      }
    } else {
      first = port(hp, "invalid hostPort: " + hp);
      last = first;
    }
    return new PortRequest(proto, containerPort, ip, first, last);
  }

  private static int port(String text, String error) {
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
      throw new DrydockException.InvalidArgument(error);
    }
    int p = Integer.parseInt(text);
    if (p > 65535) {
      throw new DrydockException.InvalidArgument(error);
    }
    return p;
  }
}
