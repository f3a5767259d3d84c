package io.drydock.engine.build;

import java.util.List;
import java.util.stream.Collectors;

/** How dockerd's history lines print values (Go's {@code %q} and {@code %v} of a string slice). */
final class GoText {
  private GoText() {}

  /** {@code ["a" "b c"]}. */
  static String quoted(List<String> words) {
    return words.stream().map(GoText::quote).collect(Collectors.joining(" ", "[", "]"));
  }

  /** {@code [a b c]}. */
  static String plain(List<String> words) {
    return String.join(" ", words).transform(s -> "[" + s + "]");
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** dockerd prints the health check struct with Go's {@code %v}: {@code &{["CMD-SHELL" "true"] "5s" "0s" "0s" '\x00'}}. */
  static String healthcheck(io.drydock.engine.container.health.Healthcheck h) {
    return "&{" + quoted(h.test()) + " \"" + duration(h.interval()) + "\" \"" + duration(h.timeout()) + "\" \"" + duration(h.startPeriod())
        + "\" '" + String.format("\\x%02x", h.retries()) + "'}";
  }

  /** Go's {@code time.Duration.String()}: 0s, 500ms, 1.5s, 1m30s, 2h0m0s. */
  static String duration(long nanos) {
    if (nanos == 0) {
      return "0s";
    }
    if (nanos < 1_000L) {
      return nanos + "ns";
    }
    if (nanos < 1_000_000L) {
      return trim(nanos / 1e3) + "µs";
    }
    if (nanos < 1_000_000_000L) {
      return trim(nanos / 1e6) + "ms";
    }
    long h = nanos / 3_600_000_000_000L;
    long m = nanos / 60_000_000_000L % 60;
    String sec = trim((nanos % 60_000_000_000L) / 1e9) + "s";
    return h > 0 ? h + "h" + m + "m" + sec : m > 0 ? m + "m" + sec : sec;
  }

  private static String trim(double v) {
    String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return s;
  }
}
