package io.drydock.engine.container.health;

import java.math.BigDecimal;
import java.time.Duration;

/** Go's {@code time.Duration.String()} for the durations a health check has: {@code 100ms}, {@code 30s}, {@code 1m30s}. */
final class GoDuration {
  private GoDuration() {}

  static String format(Duration d) {
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
