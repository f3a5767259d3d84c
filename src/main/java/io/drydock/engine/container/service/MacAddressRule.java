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
    byte[] hw = goParse(s);
    if (hw == null) {
      throw new DrydockException.SystemError("address " + s + ": invalid MAC address");
    }
    return hw;
  }

  private static byte[] goParse(String s) {
    if (s.length() < 14) {
      return null;
    }
    if (s.charAt(2) == ':' || s.charAt(2) == '-') {
      if ((s.length() + 1) % 3 != 0) {
        return null;
      }
      int n = (s.length() + 1) / 3;
      return sizeOk(n) ? groups(s, n, 3, s.charAt(2)) : null;
    }
    if (s.charAt(4) == '.') {
      if ((s.length() + 1) % 5 != 0) {
        return null;
      }
      int n = 2 * (s.length() + 1) / 5;
      return sizeOk(n) ? dotted(s, n) : null;
    }
    return null;
  }

  private static boolean sizeOk(int n) {
    return n == 6 || n == 8 || n == 20;
  }

  private static byte[] groups(String s, int n, int step, char sep) {
    byte[] hw = new byte[n];
    for (int i = 0, x = 0; i < n; i++, x += step) {
      int b = hexPair(s, x, sep);
      if (b < 0) {
        return null;
      }
      hw[i] = (byte) b;
    }
    return hw;
  }

  private static byte[] dotted(String s, int n) {
    byte[] hw = new byte[n];
    for (int i = 0, x = 0; i < n; i += 2, x += 5) {
      int hi = hexPair(s.substring(0, x + 2), x, '\0');
      int lo = hexPair(s, x + 2, s.charAt(4));
      if (hi < 0 || lo < 0) {
        return null;
      }
      hw[i] = (byte) hi;
      hw[i + 1] = (byte) lo;
    }
    return hw;
  }

  /** Go's {@code xtoi2}: two hex digits at {@code x}, followed by {@code sep} or the end; -1 if not. */
  private static int hexPair(String s, int x, char sep) {
    if (s.length() - x > 2 && s.charAt(x + 2) != sep) {
      return -1;
    }
    if (s.length() - x < 2) {
      return -1;
    }
    int hi = hex(s.charAt(x));
    int lo = hex(s.charAt(x + 1));
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
  }

  private static int hex(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
