package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.common.Signal;

/**
 * The {@code signal} of {@code POST /containers/{id}/kill} read as dockerd 20.10 reads it, in two
 * steps at its two points: {@link #number} when the request is parsed (a 64-bit decimal number,
 * taken as Go's {@code uint64}, or a signal name; 0 and anything else are {@code 400 Invalid
 * signal: X}), then {@link #supported} once the container was found: a number that is no Linux
 * signal Go knows (beyond 64, or 32 and 33, which glibc keeps for itself) is {@code 500 The linux
 * daemon does not support signal N}, whatever state the container is in.
 */
final class KillSignal {
  private KillSignal() {}

  /** The signal's number as Go's uint64 (so {@code -1} is 2^64-1). */
  static long number(String text) {
    if (text.matches("[+-]?[0-9]+")) {
      try {
        long n = Long.parseLong(text);
        if (n != 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // beyond 64 bits, as Go's Atoi
      }
      throw invalid(text);
    }
    try {
      return Signal.parse(text).number();
    } catch (DrydockException.InvalidArgument e) {
      throw invalid(text);
    }
  }

  /** The signal {@code n} names; {@code prefix} leads the 500 of one the daemon does not support. */
  static Signal supported(long n, String prefix) {
    if (n < 1 || n > 64 || n == 32 || n == 33) {
      throw new DrydockException.SystemError(prefix + "The linux daemon does not support signal " + Long.toUnsignedString(n));
    }
    return new Signal((int) n);
  }

  private static DrydockException invalid(String text) {
    return new DrydockException.InvalidArgument("Invalid signal: " + text);
  }
}
