package io.drydock.os;

import com.sun.jna.LastErrorException;
import io.drydock.common.DrydockException;

/** Turns a failed libc call into drydock's error, worded like the kernel's own message. */
final class Errno {
  static final int ENOENT = 2;
  static final int EINVAL = 22;
  static final int ENODATA = 61;
  static final int ENOTSUP = 95;

  private Errno() {}

  /** {@code "mount overlay on /x: Invalid argument"}. */
  static DrydockException error(String what, LastErrorException e) {
    String message = what + ": " + LibC.INSTANCE.strerror(e.getErrorCode());
    return new SystemCallFailure(message, e.getErrorCode(), e);
  }
}
