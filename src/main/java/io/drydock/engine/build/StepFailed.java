package io.drydock.engine.build;

import io.drydock.common.DrydockException;

/**
 * A RUN whose command exited non-zero: dockerd's {@code The command '...' returned a non-zero
 * code: N}, with the code (the message stream's {@code errorDetail.code}).
 */
public final class StepFailed extends DrydockException.SystemError {
  private static final long serialVersionUID = 1L;
  private final int code;

  StepFailed(String command, int code) {
    super("The command '" + command + "' returned a non-zero code: " + code);
    this.code = code;
  }

  public int code() {
    return code;
  }
}
