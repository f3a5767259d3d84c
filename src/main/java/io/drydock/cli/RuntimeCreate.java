package io.drydock.cli;

import io.drydock.runtime.CreateOptions;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code create ID}: set up the container and leave its init waiting for start (runc's detached create). */
@Command(name = "create", description = "Create a container from a bundle.")
final class RuntimeCreate extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Option(names = {"--bundle", "-b"}, description = "Bundle directory (default: current directory).")
  Path bundle = Path.of("");

  @Option(names = "--pid-file", description = "Write the init's pid to this file.")
  Path pidFile;

  @Option(names = "--console-socket", description = "Unix socket that receives the pty master of a terminal.")
  Path consoleSocket;

  @Option(names = "--no-pivot", description = "Accepted for runc compatibility; drydock always uses pivot_root.")
  boolean noPivot;

  @Override
  int run() {
    RuntimeTerminal.check(RuntimeTerminal.requested(bundle), true, consoleSocket);
    runtime().create(id(id), bundle, options(pidFile, consoleSocket, false));
    return 0;
  }

  static CreateOptions options(Path pidFile, Path consoleSocket, boolean monitor) {
    CreateOptions o = CreateOptions.defaults().withMonitor(monitor);
    if (consoleSocket != null) {
      o = o.withConsoleSocket(consoleSocket.toAbsolutePath());
    }
    return pidFile == null ? o : o.withPidFile(pidFile.toAbsolutePath());
  }
}
