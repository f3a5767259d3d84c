package io.drydock.engine.spec;

import io.drydock.common.DrydockException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a started container's log is kept, read from its {@link LogSettings} the way dockerd 20.10's
 * json-file and local drivers read their options when the container starts: a bad value fails the
 * start ("failed to initialize logging driver: ..."), not the create. {@code maxSize} 0 means the
 * log is never rotated.
 */
public record LogRotation(long maxSize, int maxFiles, boolean compress) {
  /** The local driver's defaults: 20 MiB per file, five files, rotated files compressed. */
  static final LogRotation LOCAL_DEFAULT = new LogRotation(20L * 1024 * 1024, 5, true);

  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?");
  private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");
  private static final Set<String> FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");

  /**
   * The rotation of {@code settings}; none for the {@code none} driver.
   *
   * @throws DrydockException.SystemError with dockerd's message for a value it refuses
   */
  public static LogRotation of(LogSettings settings) {
    try {
      return switch (settings.kind()) {
        case JSON_FILE -> jsonFile(settings.options());
        case LOCAL -> local(settings.options());
        case NONE -> new LogRotation(0, 1, false);
      };
    } catch (IllegalArgumentException e) {
      throw new DrydockException.SystemError("failed to initialize logging driver: " + e.getMessage());
    }
  }

  private static LogRotation jsonFile(Map<String, String> o) {
    long size = -1;
    if (o.containsKey("max-size")) {
      size = humanSize(o.get("max-size"));
      if (size <= 0) {
        throw new IllegalArgumentException("max-size must be a positive number");
      }
    }
    int files = 1;
    if (o.containsKey("max-file")) {
      files = atoi(o.get("max-file"));
      if (files < 1) {
        throw new IllegalArgumentException("max-file cannot be less than 1");
      }
    }
    boolean compress = false;
    if (o.containsKey("compress")) {
      compress = parseBool(o.get("compress"));
      if (compress && (files == 1 || size == -1)) {
        throw new IllegalArgumentException("compress cannot be true when max-file is less than 2 or max-size is not set");
      }
    }
    return new LogRotation(Math.max(0, size), files, compress);
  }

  private static LogRotation local(Map<String, String> o) {
    long size = LOCAL_DEFAULT.maxSize;
    int files = LOCAL_DEFAULT.maxFiles;
    boolean compress = LOCAL_DEFAULT.compress;
    String v = o.get("max-size");
    if (v != null) {
      size = wrapped("invalid value for max-size: " + v, () -> humanSize(v));
    }
    String n = o.get("max-file");
    if (n != null) {
      files = wrapped("invalid value for max-file: " + n, () -> atoi(n));
    }
    String c = o.get("compress");
    if (c != null) {
      compress = wrapped("error reading compress log option", () -> parseBool(c));
    }
    if (files < 0) {
      throw new IllegalArgumentException("max file count cannot be less than 0");
    }
    if (compress && files <= 1) {
      throw new IllegalArgumentException("compression cannot be enabled when max file count is 1");
    }
    return new LogRotation(size, Math.max(1, files), compress);
  }

  private static <T> T wrapped(String context, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(context + ": " + e.getMessage(), e);
    }
  }

  /** go-units' FromHumanSize: decimal units ({@code 1k} = 1000 bytes), as both drivers read {@code max-size}. */
  static long humanSize(String text) {
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("invalid size: '" + text + "'");
    }
    double v;
    try {
      v = Double.parseDouble(m.group(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("strconv.ParseFloat: parsing \"" + m.group(1) + "\": invalid syntax", e);
    }
    String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    long mul = switch (unit) {
      case "k" -> 1_000L;
      case "m" -> 1_000_000L;
      case "g" -> 1_000_000_000L;
      case "t" -> 1_000_000_000_000L;
      case "p" -> 1_000_000_000_000_000L;
      default -> 1L;
    };
    return (long) (v * mul);
  }

  /** Go's strconv.Atoi, with its error text. */
  static int atoi(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      String why = text.matches("[+-]?\\d+") ? "value out of range" : "invalid syntax";
      throw new IllegalArgumentException("strconv.Atoi: parsing \"" + text + "\": " + why, e);
    }
  }

  /** Go's strconv.ParseBool, with its error text. */
  static boolean parseBool(String text) {
    if (TRUE.contains(text)) {
      return true;
    }
    if (FALSE.contains(text)) {
      return false;
    }
    throw new IllegalArgumentException("strconv.ParseBool: parsing \"" + text + "\": invalid syntax");
  }
}
