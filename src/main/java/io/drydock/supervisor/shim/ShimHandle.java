package io.drydock.supervisor.shim;

/** A running shim: where its files are, its own pid and the pid of the command it started. */
public record ShimHandle(ShimPaths paths, long shimPid, long pid) {
  public ShimClient client() {
    return new ShimClient(paths.socket());
  }
}
