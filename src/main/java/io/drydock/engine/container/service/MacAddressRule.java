package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;

/**
 * {@code Config.MacAddress} ({@code --mac-address}) as dockerd 20.10 checks it. At create only
 * against the network mode: a container on the host's network or another container's has no
 * endpoint of its own, so a MAC is a conflict (400). The address itself is read only at start,
 * with Go's {@code net.ParseMAC} (colon, hyphen or dotted form of 6, 8 or 20 bytes), and a bad one
 * fails that start with a 500 ({@code address zz: invalid MAC address}).
 */
final class MacAddressRule {
  static final String CONFLICT = "conflicting options: mac-address and the network mode";

  private MacAddressRule() {}

  /** At create: refuses a MAC beside {@code host} or {@code container:<x>} networking. */
  static void checkMode(String mac, String networkMode) {
    String mode = networkMode == null ? "" : networkMode;
    if (mac != null && !mac.isEmpty() && (mode.equals("host") || mode.startsWith("container:"))) {
      throw new DrydockException.InvalidArgument(CONFLICT);
    }
  }

  /** At start: Go's {@code net.ParseMAC}; the bytes of the address. */
  static byte[] parse(String s) {
    byte[] hw = io.drydock.engine.network.MacAddressText.parse(s);
    if (hw == null) {
      throw new DrydockException.SystemError("address " + s + ": invalid MAC address");
    }
    return hw;
  }
}
