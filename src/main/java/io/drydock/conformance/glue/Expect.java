package io.drydock.conformance.glue;

import java.util.Objects;
import java.util.Optional;

/**
 * The few checks the steps make, failing with an {@link AssertionError} that says what was
 * expected and what the engine answered. The glue ships in the drydock jar, so it cannot lean on
 * a test-scoped assertion library; the failure message is what the conformance table shows.
 */
final class Expect {
  private Expect() {}

  /** {@code actual} equals {@code expected}; {@code what} (a format) names the value. */
  static void equal(Object actual, Object expected, String what, Object... args) {
    if (!Objects.equals(actual, expected)) {
      throw new AssertionError(describe(what, args) + ": expected " + show(expected) + " but was " + show(actual));
    }
  }

  static void isTrue(boolean condition, String what, Object... args) {
    if (!condition) {
      throw new AssertionError(describe(what, args));
    }
  }

  static AssertionError failure(String what, Object... args) {
    return new AssertionError(describe(what, args));
  }

  /** A value as the message shows it: strings quoted, an empty optional as "missing". */
  static String show(Object value) {
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? show(o.get()) : "missing";
    }
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  private static String describe(String what, Object... args) {
    return args.length == 0 ? what : String.format(what, args);
  }
}
