package io.drydock.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Go's time layouts as dockerd writes them on the wire, for UTC instants. Clients compare and
 * parse these strings (the CLI's {@code docker logs -t} output is diffed by scripts; SDKs parse
 * {@code Created} with Go's layout), so the exact characters matter.
 *
 * <ul>
 *   <li>{@link #rfc3339Nano}: Go's {@code time.RFC3339Nano}
 *       ({@code 2006-01-02T15:04:05.999999999Z07:00}): the fraction loses its trailing zeros and
 *       disappears when zero. dockerd uses it for JSON time fields ({@code Created},
 *       {@code State.StartedAt}).
 *   <li>{@link #rfc3339NanoFixed}: moby's {@code jsonmessage.RFC3339NanoFixed}
 *       ({@code 2006-01-02T15:04:05.000000000Z07:00}): always nine digits, so columns line up;
 *       dockerd prefixes every log line with it when {@code timestamps=1}.
 * </ul>
 *
 * Years outside 0000..9999 are printed as Go does for them: with as many digits as needed and a
 * leading minus sign for negative years (Go's {@code Format} does not clamp).
 */
public final class GoTime {
  private GoTime() {}

  public static String rfc3339Nano(Instant t) {
    StringBuilder b = dateTime(t);
    int nanos = t.getNano();
    if (nanos != 0) {
      String digits = nineDigits(nanos);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      b.append('.').append(digits, 0, end);
    }
    return b.append('Z').toString();
  }

  public static String rfc3339NanoFixed(Instant t) {
    return dateTime(t).append('.').append(nineDigits(t.getNano())).append('Z').toString();
  }

  private static StringBuilder dateTime(Instant t) {
    LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder b = new StringBuilder(36);
    int year = d.getYear();
    if (year < 0) {
      b.append('-');
    }
    pad(b, Math.abs(year), 4).append('-');
    pad(b, d.getMonthValue(), 2).append('-');
    pad(b, d.getDayOfMonth(), 2).append('T');
    pad(b, d.getHour(), 2).append(':');
    pad(b, d.getMinute(), 2).append(':');
    return pad(b, d.getSecond(), 2);
  }

  private static String nineDigits(int nanos) {
    String s = Integer.toString(nanos);
    return "0".repeat(9 - s.length()) + s;
  }

  private static StringBuilder pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s);
  }
}
