package io.drydock.engine.events;

import io.drydock.common.DrydockException;
import io.drydock.common.GoDuration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A time in a filter ({@code until} of the prunes) as dockerd's {@code timetypes.GetTimestamp}
 * reads it: a Go duration back from now ({@code 10m}, {@code 1h30m}, {@code -1h}), an RFC 3339
 * time or date (without a zone: the daemon's), or Unix seconds with an optional fraction. Anything
 * else is dockerd's 500 {@code failed to parse value as time or duration: "x"}.
 */
public final class FilterTime {
  private static final Pattern DURATION = Pattern.compile("([+-]?)((?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:ns|us|µs|μs|ms|s|m|h))+");
  private static final Pattern UNIX = Pattern.compile("\\d+(\\.\\d{1,9})?");

  private FilterTime() {}

  public static Instant parse(String value, Instant now) {
    if (!value.equals("0") && DURATION.matcher(value).matches()) {
      return now.minus(GoDuration.parse(value));
    }
    try {
      if (value.contains("-") || value.contains("T")) {
        return dateTime(value);
      }
    } catch (DateTimeParseException e) {
      throw new DrydockException.SystemError("parsing time \"" + value + "\": " + e.getMessage());
    }
    if (UNIX.matcher(value).matches()) {
      BigDecimal seconds = new BigDecimal(value);
      return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }
    throw new DrydockException.SystemError("failed to parse value as time or duration: \"" + value + "\"");
  }

  private static Instant dateTime(String value) {
    boolean zoned = value.chars().anyMatch(c -> c == 'z' || c == 'Z' || c == '+') || value.chars().filter(c -> c == '-').count() == 3;
    String v = value.toUpperCase(java.util.Locale.ROOT);
    if (!v.contains("T")) {
      return zoned ? OffsetDateTime.parse(v.replaceFirst("(\\d{4}-\\d{2}-\\d{2})", "$1T00:00:00")).toInstant()
          : LocalDate.parse(v).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
    String full = v.replaceFirst("T(\\d{2})(?=$|[Z+-])", "T$1:00:00").replaceFirst("T(\\d{2}:\\d{2})(?=$|[Z+-])", "T$1:00");
    return zoned ? OffsetDateTime.parse(full).toInstant() : LocalDateTime.parse(full).atZone(ZoneId.systemDefault()).toInstant();
  }
}
