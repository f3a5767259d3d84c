package io.drydock.supervisor.shim;

import io.drydock.common.DrydockException;

/** The shim did not start; {@link #failure()} says at which step and with which errno. */
public final class ShimStartException extends DrydockException.SystemError {
  private static final long serialVersionUID = 1L;
  private final transient ShimStartFailure failure;

  ShimStartException(String what, ShimStartFailure failure) {
    super(what + ": step " + failure.step() + " failed with errno " + failure.errno());
    this.failure = failure;
  }

  public ShimStartFailure failure() {
    return failure;
  }
}
