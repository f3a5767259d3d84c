package io.drydock.engine.network.port;

import io.drydock.engine.network.ipam.Ipv4;

/**
 * A port to publish before it is allocated: host ports {@code firstHostPort..lastHostPort}, both
 * 0 for an ephemeral port.
 */
public record PortRequest(Protocol protocol, int containerPort, Ipv4 hostIp, int firstHostPort, int lastHostPort) {
  public boolean ephemeral() {
    return firstHostPort == 0;
  }
}
