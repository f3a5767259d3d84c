package io.drydock.supervisor.shim;

import java.util.Optional;

/** A running shim: where its files are, its own pid and the pid of the command it started. */
public record ShimHandle(ShimPaths paths, long shimPid, long pid) {
  public ShimClient client() {
    return new ShimClient(paths.socket());
  }

  /** The recorded exit status; empty while the command runs (or if the shim died without one). */
  public Optional<ExitStatus> exitStatus() {
    return ExitStatus.read(paths.exitFile());
  }
}
