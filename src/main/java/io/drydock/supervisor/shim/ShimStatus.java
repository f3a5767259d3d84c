package io.drydock.supervisor.shim;

import java.util.Optional;

/** A shim's answer to {@code status}: the command's pid, its state and, once it has exited, how. */
public record ShimStatus(long pid, ShimState state, Optional<ExitStatus> exit) {
  public boolean running() {
    return state == ShimState.RUNNING;
  }
}
