package io.drydock.os;

import com.sun.jna.LastErrorException;
import io.drydock.common.DrydockException;

/** Turns a failed libc call into drydock's error, worded like the kernel's own message. */
final class Errno {
  static final int ENOENT = 2;
  static final int EAGAIN = 11;
  static final int EINVAL = 22;
  static final int ENODATA = 61;
  static final int ENOTSUP = 95;

  private Errno() {}

  /**
   * Runs {@code call} until it does not fail with EAGAIN, at most {@code attempts} times; the
   * last failure, or any other, is thrown as it came.
   */
  static int retryOnAgain(int attempts, java.util.function.IntSupplier call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.getAsInt();
      } catch (LastErrorException e) {
        if (e.getErrorCode() != EAGAIN || attempt >= attempts) {
          throw e;
        }
      }
    }
  }

  /** {@code "mount overlay on /x: Invalid argument"}. */
  static DrydockException error(String what, LastErrorException e) {
    String message = what + ": " + LibC.INSTANCE.strerror(e.getErrorCode());
    return new SystemCallFailure(message, e.getErrorCode(), e);
  }
}
