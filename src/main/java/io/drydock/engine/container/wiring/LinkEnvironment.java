package io.drydock.engine.container.wiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The environment variables a legacy {@code --link} gives the linking container on the default
 * bridge, in dockerd 20.10's order ({@code daemon/links}): {@code ALIAS_PORT} (the lowest exposed
 * port, tcp before others of the same number), {@code _START}/{@code _END} blocks for runs of three
 * or more consecutive port numbers, then per port {@code ALIAS_PORT_<n>_<PROTO>} with {@code _ADDR},
 * {@code _PORT}, {@code _PROTO}; {@code ALIAS_NAME}; and {@code ALIAS_ENV_<key>} for each entry of
 * the target's config env except {@code HOME} and {@code PATH}. The alias is the link name's last
 * part, upper-cased, {@code -} as {@code _}. Runs are found by number alone, as dockerd does. Pure.
 */
final class LinkEnvironment {
  private LinkEnvironment() {}

  private record Port(int number, String proto) {
    static Port parse(String spec) {
      int slash = spec.indexOf('/');
      String proto = slash < 0 ? "tcp" : spec.substring(slash + 1);
      return new Port(Integer.parseInt(slash < 0 ? spec : spec.substring(0, slash)), proto.toLowerCase(Locale.ROOT));
    }

    String key(String alias) {
      return alias + "_PORT_" + number + "_" + proto.toUpperCase(Locale.ROOT);
    }

    String url(String ip) {
      return proto + "://" + ip + ":" + number;
    }
  }

  private static final Comparator<Port> ORDER = Comparator.comparingInt(Port::number)
      .thenComparing(p -> !p.proto().equals("tcp")).thenComparing(Port::proto);

  /**
   * @param linkName the link as dockerd names it, {@code /<linking container>/<alias>}
   * @param ip the target's address on the default bridge
   * @param exposedPorts the target's exposed ports ({@code 80/tcp}, {@code 53/udp})
   * @param targetEnv the target's {@code Config.Env}
   */
  static List<String> of(String linkName, String ip, Set<String> exposedPorts, List<String> targetEnv) {
    String alias = linkName.substring(linkName.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT).replace('-', '_');
    List<Port> ports = exposedPorts.stream().map(Port::parse).sorted(ORDER).toList();
    List<String> env = new ArrayList<>();
    if (!ports.isEmpty()) {
      env.add(alias + "_PORT=" + ports.get(0).url(ip));
    }
    for (int i = 0; i < ports.size(); ) {
      Port first = ports.get(i);
      int last = runEnd(ports, i);
      if (last > i + 1) {
        Port end = ports.get(last);
        String key = first.key(alias);
        env.add(key + "_START=" + first.url(ip));
        env.add(key + "_ADDR=" + ip);
        env.add(key + "_PROTO=" + first.proto());
        env.add(key + "_PORT_START=" + first.number());
        String endKey = alias + "_PORT_" + first.number() + "_" + end.proto().toUpperCase(Locale.ROOT);
        env.add(endKey + "_END=" + end.url(ip));
        env.add(endKey + "_PORT_END=" + end.number());
        i = last + 1;
      } else {
        i++;
      }
    }
    for (Port p : ports) {
      String key = p.key(alias);
      env.add(key + "=" + p.url(ip));
      env.add(key + "_ADDR=" + ip);
      env.add(key + "_PORT=" + p.number());
      env.add(key + "_PROTO=" + p.proto());
    }
    env.add(alias + "_NAME=" + linkName);
    for (String e : targetEnv) {
      int eq = e.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = e.substring(0, eq);
      if (!key.equals("HOME") && !key.equals("PATH")) {
        env.add(alias + "_ENV_" + key + "=" + e.substring(eq + 1));
      }
    }
    return env;
  }

  /** The index of the last port of the run starting at {@code start}: each next port at most one number above the count so far. */
  private static int runEnd(List<Port> ports, int start) {
    int value = ports.get(start).number();
    for (int i = start + 1; i < ports.size(); i++) {
      if (ports.get(i).number() > value + 1) {
        return i - 1;
      }
      value++;
    }
    return ports.size() - 1;
  }
}
