package io.drydock.scenario;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.testing.HostFacts;
import io.drydock.testing.Requirements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real docker CLI pointed at a drydock daemon of its own (temp socket, data root and docker
 * config), for the CLI test classes. The daemon is stopped by its PID and the directory removed on
 * {@link #close}.
 */
final class DockerCli implements AutoCloseable {
  final Path dir;
  private DaemonProcess daemon;

  private DockerCli(Path dir, DaemonProcess daemon) {
    this.dir = dir;
    this.daemon = daemon;
  }

  /** Skips (or fails under CI) when the docker CLI is missing; otherwise starts the daemon. */
  static DockerCli start(String prefix) throws IOException {
    return start(prefix, new String[0]);
  }

  /** As {@link #start(String)}, with extra daemon flags (a test's own {@code --bridge} and {@code --bip}). */
  static DockerCli start(String prefix, String... daemonArgs) throws IOException {
    Requirements.require("scenario", HostFacts.onPath("docker") ? Optional.empty() : Optional.of("needs the docker CLI on PATH"));
    Path dir = Files.createTempDirectory(prefix);
    Files.createDirectories(dir.resolve("docker-config"));
    try {
      return new DockerCli(dir, DaemonProcess.start(dir.resolve("daemon"), daemonArgs));
    } catch (RuntimeException | AssertionError e) { // a daemon that never answered fails with an AssertionError
      TestEngine.deleteTree(dir);
      throw e;
    }
  }

  String dockerHost() {
    return daemon.dockerHost();
  }

  /** The daemon's log so far, for failure messages. */
  String daemonLog() {
    return daemon.log();
  }

  /** An HTTP client on the daemon's socket, for what the CLI cannot show. */
  EngineClient engine() {
    return new EngineClient(daemon.dockerHost());
  }

  CommandResult run(String... args) {
    Map<String, String> env = Map.of("DOCKER_HOST", daemon.dockerHost(), "DOCKER_CONFIG", dir.resolve("docker-config").toString());
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    return CommandResult.run(dir, env, command, 60);
  }

  /** Stops the daemon (SIGTERM, as a service manager would); its containers keep running. */
  void stopDaemon() {
    daemon.stop();
  }

  /** Starts a new daemon on the same roots and socket after {@link #stopDaemon}. */
  void startDaemonAgain() {
    daemon = DaemonProcess.start(dir.resolve("daemon"));
  }

  /** {@code kill -9} of the daemon (by its PID), then a new one on the same roots. */
  void killAndRestartDaemon() throws InterruptedException {
    daemon.process().destroyForcibly();
    if (!daemon.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      throw new AssertionError("the daemon did not die of SIGKILL within 30 s");
    }
    daemon = DaemonProcess.start(dir.resolve("daemon"));
  }

  @Override
  public void close() {
    daemon.close();
    TestEngine.deleteTree(dir);
  }
}
