package io.drydock.engine.container.service;

import io.drydock.engine.container.ContainerState;
import java.util.Locale;

/**
 * Why a container's start failed, as dockerd reads it from the runtime's error, and what dockerd
 * makes of it: the exit code it records (127 command not found or a file where a directory belongs,
 * 126 not executable, else 128) and
 * whether a runtime's refusal is the client's config (400) or a server error (500).
 *
 * <p>The kind is read from the message, in this one place. drydock's own runtime knows the errno
 * of a failed step (the helper reports it), but it reaches the engine only as text, as the errors
 * of runc and crun (their stderr) and of the kernel calls on the way (mounts) do: the engine sees
 * one error type for all runtimes, so the text is the one thing they share.
 */
enum StartFailureKind {
  EXECUTABLE_NOT_FOUND,
  MISSING_FILE,
  PERMISSION,
  NOT_A_DIRECTORY,
  OTHER;

  /** The kind of a failure with {@code message} (Go's lower-case errno texts, or the C library's). */
  static StartFailureKind of(String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (m.contains("executable file not found")) {
      return EXECUTABLE_NOT_FOUND;
    }
    if (m.contains("no such file or directory")) {
      return MISSING_FILE;
    }
    if (m.contains("permission denied")) {
      return PERMISSION;
    }
    if (m.contains("not a directory")) {
      return NOT_A_DIRECTORY;
    }
    return OTHER;
  }

  /**
   * dockerd's exit code for a start that failed so (20.10's reading of the runtime's words: a
   * "not a directory" counts as a missing command's 127); anything else, a missing network included, is 128.
   */
  int exitCode() {
    return switch (this) {
      case EXECUTABLE_NOT_FOUND, MISSING_FILE, NOT_A_DIRECTORY -> 127;
      case PERMISSION -> 126;
      case OTHER -> ContainerState.UNKNOWN_START_FAILURE;
    };
  }

  /** Whether dockerd reads a runtime's refusal of this kind as the client's config (400) rather than its own failure (500). */
  boolean clientsConfig() {
    return this != OTHER;
  }
}
