package io.drydock.supervisor.shim;

import java.nio.file.Path;

/** Where a shim keeps its files inside a container's state directory (names from {@link ShimProtocol}). */
public record ShimPaths(String id, Path stateDir) {
  public Path pidFile() {
    return stateDir.resolve(ShimProtocol.FILE_PID);
  }

  public Path socket() {
    return stateDir.resolve(ShimProtocol.FILE_SOCKET);
  }

  public Path exitFile() {
    return stateDir.resolve(ShimProtocol.FILE_EXIT);
  }

  public Path stdinFifo() {
    return stateDir.resolve(ShimProtocol.FILE_STDIN);
  }

  /**
   * With a tty, where the shim's command sends the pty master (runc's {@code --console-socket});
   * removed once a master has arrived.
   */
  public Path consoleSocket() {
    return stateDir.resolve(ShimProtocol.FILE_CONSOLE);
  }

  /** The json-file log, named {@code <id>-json.log} as dockerd names it. */
  public Path logFile() {
    return stateDir.resolve(id + "-json.log");
  }
}
