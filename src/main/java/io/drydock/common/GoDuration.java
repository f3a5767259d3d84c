package io.drydock.common;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

/**
 * Go's {@code time.Duration} text, both ways, because Docker's clients and messages speak it:
 * {@link #parse} reads it as {@code time.ParseDuration} does (prune filters' {@code until}, a
 * Dockerfile's {@code HEALTHCHECK --interval}), with Go's words for what is wrong; {@link #format}
 * writes it as {@code Duration.String()} does ({@code 100ms}, {@code 30s}, {@code 1m30s}).
 */
public final class GoDuration {
  private static final Set<String> UNITS = Set.of("ns", "us", "µs", "μs", "ms", "s", "m", "h");

  private GoDuration() {}

  /**
   * {@code 24h}, {@code 1h30m}, {@code -1.5s}, {@code .5ms}, {@code 0}; anything else is an
   * IllegalArgumentException with Go's message ({@code time: invalid duration "x"},
   * {@code time: missing unit in duration "10"}, {@code time: unknown unit "d" in duration "1d"}).
   */
  public static Duration parse(String value) {
    boolean negative = value.startsWith("-");
    String rest = negative || value.startsWith("+") ? value.substring(1) : value;
    if (rest.equals("0")) {
      return Duration.ZERO;
    }
    if (rest.isEmpty()) {
      throw invalid(value);
    }
    BigDecimal nanos = BigDecimal.ZERO;
    int i = 0;
    while (i < rest.length()) {
      int start = i;
      while (i < rest.length() && (Character.isDigit(rest.charAt(i)) || rest.charAt(i) == '.')) {
        i++;
      }
      String number = rest.substring(start, i);
      if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
        throw invalid(value);
      }
      int unitStart = i;
      while (i < rest.length() && rest.charAt(i) != '.' && !Character.isDigit(rest.charAt(i))) {
        i++;
      }
      String unit = rest.substring(unitStart, i);
      if (unit.isEmpty()) {
        throw new IllegalArgumentException("time: missing unit in duration \"" + value + "\"");
      }
      if (!UNITS.contains(unit)) {
        throw new IllegalArgumentException("time: unknown unit \"" + unit + "\" in duration \"" + value + "\"");
      }
      nanos = nanos.add(new BigDecimal(number.startsWith(".") ? "0" + number : number).multiply(BigDecimal.valueOf(unitNanos(unit))));
    }
    java.math.BigInteger whole = nanos.toBigInteger();
    if (whole.bitLength() > 63 && !(negative && whole.equals(java.math.BigInteger.ONE.shiftLeft(63)))) {
      throw invalid(value);
    }
    return Duration.ofNanos((negative ? whole.negate() : whole).longValue());
  }

  private static long unitNanos(String unit) {
    return switch (unit) {
      case "ns" -> 1L;
      case "us", "µs", "μs" -> 1_000L;
      case "ms" -> 1_000_000L;
      case "s" -> 1_000_000_000L;
      case "m" -> 60_000_000_000L;
      default -> 3_600_000_000_000L;
    };
  }

  private static IllegalArgumentException invalid(String value) {
    return new IllegalArgumentException("time: invalid duration \"" + value + "\"");
  }

  public static String format(Duration d) {
    if (d.isNegative()) {
      return "-" + format(d.negated());
    }
    long nanos = d.toNanos();
    if (nanos == 0) {
      return "0s";
    }
    if (nanos < 1_000) {
      return nanos + "ns";
    }
    if (nanos < 1_000_000) {
      return decimal(nanos, 1_000) + "µs";
    }
    if (nanos < 1_000_000_000) {
      return decimal(nanos, 1_000_000) + "ms";
    }
    long h = nanos / 3_600_000_000_000L;
    long m = nanos / 60_000_000_000L % 60;
    String s = decimal(nanos % 60_000_000_000L, 1_000_000_000) + "s";
    return h > 0 ? h + "h" + m + "m" + s : m > 0 ? m + "m" + s : s;
  }

  private static String decimal(long value, long unit) {
    return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString();
  }
}
