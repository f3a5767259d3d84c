package io.drydock.engine.build;

import io.drydock.common.GoDuration;
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

  static String duration(long nanos) {
    return GoDuration.format(java.time.Duration.ofNanos(nanos));
  }
}
