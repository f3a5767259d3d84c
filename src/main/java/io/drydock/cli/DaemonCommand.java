package io.drydock.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drydock daemon}: the Engine API server, with dockerd's flag names. */
@Command(name = "daemon", mixinStandardHelpOptions = true, description = "Run the engine and serve the Docker Engine API.")
final class DaemonCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-H", "--host"}, description = "Socket(s) to listen on (default unix:///run/drydock.sock).")
  List<String> hosts = List.of();

  @Option(names = "--data-root", description = "Root directory of persistent state (default /var/lib/drydock).")
  Path dataRoot = Path.of("/var/lib/drydock");

  @Option(names = "--exec-root", description = "Root directory of execution state (default /run/drydock).")
  Path execRoot = Path.of("/run/drydock");

  @Option(names = {"-p", "--pidfile"}, description = "Path of the daemon's PID file (default /run/drydock.pid).")
  Path pidfile = Path.of("/run/drydock.pid");

  @Option(names = {"-l", "--log-level"}, description = "debug, info, warn, error, fatal (default info).")
  String logLevel = "info";

  @Option(names = "--cgroup-parent", description = "Parent cgroup of all containers (default drydock).")
  String cgroupParent = "drydock";

  @Override
  public Integer call() {
    return NotBuiltYet.report(spec.commandLine().getErr(), "daemon");
  }
}
