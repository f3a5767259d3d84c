package io.drydock.engine.network.port;

import io.drydock.engine.network.ipam.Ipv4;

/**
 * One published port: traffic to {@code hostIp:hostPort} goes to the container's
 * {@code containerPort}. A {@code hostPort} of 0 asks for an ephemeral port.
 */
public record PortMapping(Protocol protocol, int containerPort, Ipv4 hostIp, int hostPort) {
  public static final Ipv4 ANY = new Ipv4(0);

  public PortMapping {
    if (containerPort < 1 || containerPort > 65535 || hostPort < 0 || hostPort > 65535) {
      throw new IllegalArgumentException("port out of range");
    }
  }

  /** The Docker key of the container side: {@code 80/tcp}. */
  public String containerKey() {
    return containerPort + "/" + protocol.wireName();
  }

  public PortMapping withHostPort(int port) {
    return new PortMapping(protocol, containerPort, hostIp, port);
  }
}
