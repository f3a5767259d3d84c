package io.drydock.engine.network;

/**
 * MAC addresses as Go's {@code net.ParseMAC} reads them (colon, hyphen or dotted form of 6, 8 or
 * 20 bytes, ASCII hex digits only) and {@code HardwareAddr.String} writes them (lower-case, colons):
 * the text of {@code Config.MacAddress} as dockerd accepts and shows it.
 */
public final class MacAddressText {
  private MacAddressText() {}

  /** The address in Go's canonical form ({@code 02:42:ac:11:00:99}). */
  public static String format(byte[] hw) {
    StringBuilder b = new StringBuilder();
    for (byte x : hw) {
      b.append(b.length() > 0 ? ":" : "").append(String.format("%02x", x & 0xff));
    }
    return b.toString();
  }

  /** Go's {@code net.ParseMAC}: the bytes, or null when {@code s} is no MAC address. */
  public static byte[] parse(String s) {
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
