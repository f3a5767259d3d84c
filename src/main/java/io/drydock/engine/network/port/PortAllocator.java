package io.drydock.engine.network.port;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ipam.Ipv4;
import java.util.HashSet;
import java.util.Set;

/**
 * Host ports in use by published containers, per (host address, protocol, port). A port bound on
 * {@code 0.0.0.0} conflicts with the same port on every address and the other way round, as the
 * kernel would refuse the second bind. Ephemeral ports come from a range (Docker's 49153–65535 by
 * default, or the host's {@code ip_local_port_range}), serially, so a released port is not
 * reused at once.
 */
public final class PortAllocator {
  private record Key(Ipv4 ip, Protocol protocol, int port) {}

  private final int ephemeralFirst;
  private final int ephemeralLast;
  private final Set<Key> used = new HashSet<>();
  private int cursor;

  public PortAllocator(int ephemeralFirst, int ephemeralLast) {
    if (ephemeralFirst < 1 || ephemeralLast > 65535 || ephemeralLast < ephemeralFirst) {
      throw new IllegalArgumentException("bad ephemeral range " + ephemeralFirst + "-" + ephemeralLast);
    }
    this.ephemeralFirst = ephemeralFirst;
    this.ephemeralLast = ephemeralLast;
    this.cursor = ephemeralLast;
  }

  public static PortAllocator dockerDefault() {
    return new PortAllocator(49153, 65535);
  }

  /** Takes a port for the request: its fixed port, the first free port of its range, or an ephemeral one. */
  public synchronized PortMapping allocate(PortRequest request) {
    if (request.ephemeral()) {
      int span = ephemeralLast - ephemeralFirst + 1;
      for (int i = 1; i <= span; i++) {
        int candidate = ephemeralFirst + (cursor - ephemeralFirst + i) % span;
        if (take(request.hostIp(), request.protocol(), candidate)) {
          cursor = candidate;
          return new PortMapping(request.protocol(), request.containerPort(), request.hostIp(), candidate);
        }
      }
      throw new DrydockException.Unavailable("no free ephemeral port in " + ephemeralFirst + "-" + ephemeralLast, null);
    }
    for (int p = request.firstHostPort(); p <= request.lastHostPort(); p++) {
      if (take(request.hostIp(), request.protocol(), p)) {
        return new PortMapping(request.protocol(), request.containerPort(), request.hostIp(), p);
      }
    }
    throw new DrydockException.Conflict(
        "Bind for " + request.hostIp() + ":" + request.firstHostPort() + " failed: port is already allocated");
  }

  public synchronized void release(PortMapping mapping) {
    used.remove(new Key(mapping.hostIp(), mapping.protocol(), mapping.hostPort()));
  }

  public synchronized boolean inUse(Ipv4 ip, Protocol protocol, int port) {
    return conflicts(ip, protocol, port);
  }

  private boolean take(Ipv4 ip, Protocol protocol, int port) {
    if (conflicts(ip, protocol, port)) {
      return false;
    }
    used.add(new Key(ip, protocol, port));
    return true;
  }

  private boolean conflicts(Ipv4 ip, Protocol protocol, int port) {
    if (ip.equals(PortMapping.ANY)) {
      return used.stream().anyMatch(k -> k.protocol() == protocol && k.port() == port);
    }
    return used.contains(new Key(ip, protocol, port)) || used.contains(new Key(PortMapping.ANY, protocol, port));
  }
}
