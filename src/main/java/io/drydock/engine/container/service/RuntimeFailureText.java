package io.drydock.engine.container.service;

import io.drydock.runtime.spec.SpecValidator;

/**
 * The words around a runtime's refusal as dockerd 20.10 reports it, so clients that show or match
 * dockerd's texts see the same shape: containerd's and the runtime's prefixes and the gRPC status
 * ({@code unknown}) after the runtime's own words. A container start that the runtime refused reads
 * {@code failed to create shim task: OCI runtime create failed: runc create failed: unable to start
 * container process: exec: "nope": executable file not found in $PATH: unknown}; drydock names its
 * own runtime where dockerd names runc (the name says which program refused, and a client that
 * looks for the cause reads the runtime's words, which stay as runc's). An exec the runtime refused
 * names no runtime in dockerd either.
 */
final class RuntimeFailureText {
  private static final String START_PROCESS = "unable to start container process: ";
  /** What dockerd adds to a runtime's "not a directory". */
  private static final String MOUNT_HINT = ": Are you trying to mount a directory onto a file (or vice-versa)? "
      + "Check if the specified host path exists and is the expected type";

  private RuntimeFailureText() {}

  /**
   * The start's error for {@code runtime} (its name, {@code drydock} or {@code runc}) having refused
   * the container with {@code core}: a failure of the container's process (its command, a file, a
   * directory, a permission: {@code processStart}) as runc's init reports it, anything else (the
   * config refused before) as runc's validation does, without the process words.
   */
  static String create(String runtime, String core, boolean processStart) {
    return hinted("failed to create shim task: OCI runtime create failed: " + runtime + " create failed: " + (processStart ? START_PROCESS : "")
        + core + ": unknown");
  }

  /**
   * The exec's error for the runtime having refused its process with {@code core}; a refusal of the
   * process's spec before anything started (a relative working directory) comes without the
   * process words, as runc's does.
   */
  static String exec(String core) {
    String process = core.equals(SpecValidator.RELATIVE_EXEC_CWD) ? "" : START_PROCESS;
    return hinted("OCI runtime exec failed: exec failed: " + process + core + ": unknown");
  }

  /** As dockerd: a "not a directory" from the runtime is most likely a bind of a file onto a directory or the other way round. */
  private static String hinted(String text) {
    return text.contains("not a directory") ? text + MOUNT_HINT : text;
  }
}
