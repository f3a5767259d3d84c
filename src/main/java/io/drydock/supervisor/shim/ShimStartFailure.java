package io.drydock.supervisor.shim;

/**
 * The structured failure the shim reports when it cannot start: the step that failed
 * ({@code usage, daemonize, state-dir, subreaper, signals, log, fifo, socket, console, pid-file, pipe, fork, exec})
 * and the errno, never free text.
 */
public record ShimStartFailure(String step, int errno) {
  /** ENOENT or EACCES from exec: the command was not found or may not be run, docker's exit codes 127/126. */
  public boolean commandNotFound() {
    return "exec".equals(step) && errno == 2;
  }

  public boolean commandNotExecutable() {
    return "exec".equals(step) && errno == 13;
  }
}
