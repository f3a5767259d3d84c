package io.drydock.os;

import io.drydock.common.DrydockException;

/** A system call that failed, with its errno kept for callers that decide on it. */
public final class SystemCallFailure extends DrydockException.SystemError {
  private final int errno;

  SystemCallFailure(String message, int errno, Throwable cause) {
    super(message, cause);
    this.errno = errno;
  }

  public int errno() {
    return errno;
  }
}
