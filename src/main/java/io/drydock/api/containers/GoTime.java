package io.drydock.api.containers;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Go's {@code time.RFC3339Nano} in UTC: seconds, then the fraction with trailing zeros cut, then {@code Z}. */
final class GoTime {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private GoTime() {}

  static String rfc3339Nano(Instant t) {
    StringBuilder out = new StringBuilder(SECONDS.format(t));
    if (t.getNano() != 0) {
      String fraction = String.format("%09d", t.getNano()).replaceAll("0+$", "");
      out.append('.').append(fraction);
    }
    return out.append('Z').toString();
  }
}
