package io.drydock.api;

import io.drydock.common.DrydockException;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code since}/{@code until} query values of logs and events: Unix seconds with an optional
 * fraction, {@code "1700000000"} or {@code "1700000000.123456789"}, which is what the docker CLI
 * sends after converting {@code 10m} or a date ({@code fmt.Sprintf("%d.%09d", ...)}). A fraction
 * of any length means that decimal fraction of a second (dockerd scales it the same way); digits
 * past the ninth are dropped. Empty and {@code "0"} mean "not given", as for dockerd.
 */
public final class UnixTimestamp {
  private UnixTimestamp() {}

  /** Parses the value of query parameter {@code name}; a malformed one is a 400 naming it. */
  public static Optional<Instant> parse(String name, Optional<String> value) {
    Optional<String> v = value.filter(s -> !s.isEmpty() && !s.equals("0"));
    if (v.isEmpty()) {
      return Optional.empty();
    }
    String text = v.get();
    int dot = text.indexOf('.');
    String seconds = dot < 0 ? text : text.substring(0, dot);
    String fraction = dot < 0 ? "" : text.substring(dot + 1);
    if (!isInteger(seconds) || (dot >= 0 && !fraction.chars().allMatch(Character::isDigit)) || (dot >= 0 && fraction.isEmpty())) {
      throw new DrydockException.InvalidArgument(
          "invalid value for " + name + ": strconv.ParseInt: parsing \"" + text + "\": invalid syntax");
    }
    try {
      long sec = Long.parseLong(seconds);
      long nanos = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "000000000").substring(0, 9));
      return Optional.of(Instant.ofEpochSecond(sec, nanos));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new DrydockException.InvalidArgument("invalid value for " + name + ": strconv.ParseInt: parsing \"" + text + "\": value out of range");
    }
  }

  private static boolean isInteger(String s) {
    String digits = s.startsWith("-") ? s.substring(1) : s;
    return !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
