package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import io.drydock.common.GoDuration;
import io.drydock.engine.container.health.Healthcheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code HEALTHCHECK NONE} or {@code HEALTHCHECK [--interval=] [--timeout=] [--start-period=]
 * [--retries=] CMD command}, as dockerd's parser reads it (durations in Go's form: 30s, 1m30s,
 * 500ms). Pure.
 */
final class HealthcheckArguments {
  private HealthcheckArguments() {}

  static Healthcheck parse(List<String> flags, String args) {
    String trimmed = args.strip();
    int space = trimmed.indexOf(' ');
    String kind = (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
    String rest = space < 0 ? "" : trimmed.substring(space).strip();
    if (kind.equals("NONE")) {
      if (!rest.isEmpty() || !flags.isEmpty()) {
        throw new DrydockException.InvalidArgument("HEALTHCHECK NONE takes no arguments");
      }
      return new Healthcheck(List.of("NONE"), 0, 0, 0, 0);
    }
    if (!kind.equals("CMD")) {
      throw new DrydockException.InvalidArgument("Unknown type \"" + kind + "\" in HEALTHCHECK (try CMD)");
    }
    List<String> test = new ArrayList<>();
    ArgumentWords.json(rest).ifPresentOrElse(argv -> {
      test.add("CMD");
      test.addAll(argv);
    }, () -> {
      test.add("CMD-SHELL");
      test.add(rest);
    });
    Flags f = Flags.of(flags, "interval", "timeout", "start-period", "retries");
    long interval = f.get("interval").map(v -> duration(v, "interval")).orElse(0L);
    long timeout = f.get("timeout").map(v -> duration(v, "timeout")).orElse(0L);
    long start = f.get("start-period").map(v -> duration(v, "start-period")).orElse(0L);
    int retries = f.get("retries").map(HealthcheckArguments::retries).orElse(0);
    return new Healthcheck(test, interval, timeout, start, retries).validated();
  }

  private static int retries(String value) {
    try {
      int r = Integer.parseInt(value);
      if (r < 1) {
        throw new DrydockException.InvalidArgument("--retries must be at least 1 (not " + r + ")");
      }
      return r;
    } catch (NumberFormatException e) {
      throw new DrydockException.InvalidArgument("strconv.ParseInt: parsing \"" + value + "\": invalid syntax");
    }
  }

  /** Go's duration text in nanoseconds ({@link GoDuration#parse}); Go's words when it is not one. */
  static long duration(String text, String flag) {
    try {
      return GoDuration.parse(text).toNanos();
    } catch (IllegalArgumentException e) {
      throw new DrydockException.InvalidArgument(e.getMessage() + " in --" + flag);
    }
  }
}
