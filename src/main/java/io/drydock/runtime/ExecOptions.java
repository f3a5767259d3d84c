package io.drydock.runtime;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@code exec} runs its process beyond the process itself, as runc exec's flags.
 *
 * @param stdio the process's standard streams (unused for a terminal's)
 * @param consoleSocket receives the pty master when the process asks for a terminal
 * @param detach return once the process runs, leaving it unmonitored (runc exec --detach)
 * @param pidFile where to write the process's host pid
 */
public record ExecOptions(HelperSession.Stdio stdio, Optional<Path> consoleSocket, boolean detach, Optional<Path> pidFile) {
  public static ExecOptions of(HelperSession.Stdio stdio) {
    return new ExecOptions(stdio, Optional.empty(), false, Optional.empty());
  }
}
