package io.drydock.engine.events;

import io.drydock.common.DrydockException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time in a filter ({@code until} of the prunes) as dockerd's {@code timetypes.GetTimestamp}
 * reads it: a Go duration back from now ({@code 10m}, {@code 1h30m}, {@code -1h}), an RFC 3339
 * time or date (without a zone: the daemon's), or Unix seconds with an optional fraction. Anything
 * else is dockerd's 500 {@code failed to parse value as time or duration: "x"}.
 */
public final class FilterTime {
  private static final Pattern DURATION = Pattern.compile("([+-]?)((?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:ns|us|µs|μs|ms|s|m|h))+");
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");
  private static final Pattern UNIX = Pattern.compile("\\d+(\\.\\d{1,9})?");

  private FilterTime() {}

  public static Instant parse(String value, Instant now) {
    if (!value.equals("0") && DURATION.matcher(value).matches()) {
      return now.minusNanos(durationNanos(value));
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

  /**
   * A Go duration alone ({@code time.ParseDuration}: {@code 24h}, {@code 1h30m}, {@code -5m},
   * {@code 0}), as the {@code until} of the build cache's prune reads it, with Go's words for what
   * is wrong.
   */
  public static Duration goDuration(String value) {
    String rest = value.startsWith("+") || value.startsWith("-") ? value.substring(1) : value;
    if (rest.equals("0")) {
      return Duration.ZERO;
    }
    if (rest.isEmpty()) {
      throw invalidDuration(value);
    }
    int i = 0;
    while (i < rest.length()) {
      int start = i;
      while (i < rest.length() && Character.isDigit(rest.charAt(i))) {
        i++;
      }
      boolean digits = i > start;
      if (i < rest.length() && rest.charAt(i) == '.') {
        int fraction = ++i;
        while (i < rest.length() && Character.isDigit(rest.charAt(i))) {
          i++;
        }
        digits |= i > fraction;
      }
      if (!digits) {
        throw invalidDuration(value);
      }
      int unitStart = i;
      while (i < rest.length() && rest.charAt(i) != '.' && !Character.isDigit(rest.charAt(i))) {
        i++;
      }
      String unit = rest.substring(unitStart, i);
      if (unit.isEmpty()) {
        throw new DrydockException.SystemError("time: missing unit in duration \"" + value + "\"");
      }
      if (!GO_UNITS.contains(unit)) {
        throw new DrydockException.SystemError("time: unknown unit \"" + unit + "\" in duration \"" + value + "\"");
      }
    }
    return Duration.ofNanos(durationNanos(value));
  }

  private static final Set<String> GO_UNITS = Set.of("ns", "us", "µs", "μs", "ms", "s", "m", "h");

  private static DrydockException invalidDuration(String value) {
    return new DrydockException.SystemError("time: invalid duration \"" + value + "\"");
  }

  private static long durationNanos(String value) {
    double nanos = 0;
    Matcher m = PART.matcher(value);
    while (m.find()) {
      double n = Double.parseDouble(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1));
      nanos += n * switch (m.group(2)) {
        case "ns" -> 1L;
        case "us", "µs", "μs" -> 1_000L;
        case "ms" -> 1_000_000L;
        case "s" -> 1_000_000_000L;
        case "m" -> 60_000_000_000L;
        default -> 3_600_000_000_000L;
      };
    }
    return (long) (value.startsWith("-") ? -nanos : nanos);
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
