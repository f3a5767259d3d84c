package io.drydock.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * One decision for every kind of environment-dependent test: run, skip with a one-line reason, or
 * (when CI says the environment must be complete) fail loudly rather than skip.
 */
public final class Requirements {
  /** Environment variable CI sets so a missing need is a failure, not a skip. */
  public static final String REQUIRE_ENV = "DRYDOCK_REQUIRE_KERNEL";

  private Requirements() {}

  static ConditionEvaluationResult decide(String kind, Optional<String> missing) {
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled(kind + ": requirements met");
    }
    String reason = kind + ": " + missing.get();
    if ("1".equals(System.getenv(REQUIRE_ENV))) {
      throw new IllegalStateException(reason + " (" + REQUIRE_ENV + "=1 forbids skipping)");
    }
    return ConditionEvaluationResult.disabled(reason);
  }

  /** Skips (or fails under CI) the current test when {@code missing} is present; for needs known only inside a test. */
  public static void require(String kind, Optional<String> missing) {
    if (missing.isEmpty()) {
      return;
    }
    String reason = kind + ": " + missing.get();
    if ("1".equals(System.getenv(REQUIRE_ENV))) {
      throw new IllegalStateException(reason + " (" + REQUIRE_ENV + "=1 forbids skipping)");
    }
    org.junit.jupiter.api.Assumptions.abort(reason);
  }
}
