package io.drydock.cli;

import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.RuntimeId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code run ID}: create, start, wait, delete; the exit code is the container's (128+signal when
 * it was killed). With --detach it returns after start, like runc. A terminal in the foreground is
 * relayed to this command's stdin and stdout.
 */
@Command(name = "run", description = "Create and start a container.")
final class RuntimeRun extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Option(names = {"--bundle", "-b"}, description = "Bundle directory (default: current directory).")
  Path bundle = Path.of("");

  @Option(names = "--pid-file", description = "Write the init's pid to this file.")
  Path pidFile;

  @Option(names = "--console-socket", description = "Unix socket that receives the pty master (with --detach).")
  Path consoleSocket;

  @Option(names = {"--detach", "-d"}, description = "Return after start.")
  boolean detach;

  @Override
  int run() {
    boolean terminal = RuntimeTerminal.requested(bundle);
    RuntimeTerminal.check(terminal, detach, consoleSocket);
    Optional<RuntimeTerminal.Relay> relay = RuntimeTerminal.Relay.startIf(terminal && !detach);
    try {
      Path socket = relay.map(RuntimeTerminal.Relay::socket).orElse(consoleSocket);
      int code = run(socket);
      relay.ifPresent(RuntimeTerminal.Relay::drain);
      return code;
    } finally {
      relay.ifPresent(RuntimeTerminal.Relay::close);
    }
  }

  private int run(Path socket) {
    LinuxRuntime rt = runtime();
    RuntimeId cid = id(id);
    rt.create(cid, bundle, RuntimeCreate.options(pidFile, socket, !detach));
    try {
      rt.start(cid);
    } catch (RuntimeException e) {
      rt.delete(cid, true);
      throw e;
    }
    if (detach) {
      return 0;
    }
    Thread onSignal = new Thread(() -> stop(rt, cid), "drydock-run-stop");
    Runtime.getRuntime().addShutdownHook(onSignal);
    int code = rt.awaitExit(cid, Duration.ofDays(3650)).orElse(FAILED);
    try {
      Runtime.getRuntime().removeShutdownHook(onSignal);
    } catch (IllegalStateException e) {
      return code; // the JVM is shutting down: the hook deletes the container
    }
    rt.delete(cid, true);
    return code;
  }

  /**
   * SIGTERM, SIGINT or SIGHUP to {@code run} stops the container the way runc's forwarding does
   * for SIGTERM: the init gets SIGTERM, then SIGKILL after 10 s, and the container is deleted.
   */
  private static void stop(LinuxRuntime rt, RuntimeId cid) {
    try {
      if (rt.state(cid).status().equals("running")) {
        rt.kill(cid, io.drydock.common.Signal.TERM, false);
        try {
          rt.awaitExit(cid, Duration.ofSeconds(10));
        } catch (io.drydock.common.DrydockException.Unavailable e) {
          rt.kill(cid, io.drydock.common.Signal.KILL, true);
        }
      }
      rt.delete(cid, true);
    } catch (io.drydock.common.DrydockException e) {
      // already gone: nothing left to stop
    }
  }
}
