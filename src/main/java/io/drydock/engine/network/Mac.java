package io.drydock.engine.network;

import io.drydock.engine.network.ipam.Ipv4;

/** Docker's MAC for an endpoint: {@code 02:42} followed by the four bytes of its IPv4 address. */
final class Mac {
  private Mac() {}

  static String of(Ipv4 address) {
    byte[] b = address.toBytes();
    return String.format("02:42:%02x:%02x:%02x:%02x", b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff);
  }
}
