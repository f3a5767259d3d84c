package io.drydock.supervisor.shim;

import java.util.Optional;

/** A shim's answer to {@code status}: the command's pid and, once it has exited, how. */
public record ShimStatus(long pid, Optional<ExitStatus> exit) {
  public boolean running() {
    return exit.isEmpty();
  }
}
