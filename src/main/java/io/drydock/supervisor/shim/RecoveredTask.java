package io.drydock.supervisor.shim;

import java.time.Instant;

/** What {@link ShimRecovery} found in one container's state directory. */
public sealed interface RecoveredTask {
  ShimPaths paths();

  /** The shim is alive and answers on its socket: reconnect to it. */
  record Running(ShimHandle handle) implements RecoveredTask {
    @Override
    public ShimPaths paths() {
      return handle.paths();
    }
  }

  /** The command ended and the shim recorded how: mark the task stopped with this status. */
  record Exited(ShimPaths paths, ExitStatus status) implements RecoveredTask {}

  /**
   * The shim is gone without recording an exit status (it was killed itself). Like containerd after a
   * dead shim, the task counts as exited with code 255 at the moment it was found.
   */
  record Lost(ShimPaths paths, String reason) implements RecoveredTask {
    public ExitStatus assumedStatus(Instant foundAt) {
      return new ExitStatus(255, 0, foundAt, false);
    }
  }
}
