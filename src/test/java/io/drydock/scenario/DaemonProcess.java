package io.drydock.scenario;

import io.drydock.conformance.glue.EngineClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code drydock daemon} as a separate JVM on a temp socket with temp data and exec roots and PID
 * file, started from this test JVM's own java and class path. Known to the glue only by its main
 * class name, so no drydock class is linked. {@link #close} stops it by its PID: SIGTERM, then
 * SIGKILL after a grace period.
 */
final class DaemonProcess implements AutoCloseable {
  static final String MAIN = "io.drydock.cli.Main";
  static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  static final Duration STOP_GRACE = Duration.ofSeconds(15);

  private final Process process;
  private final Path dir;

  private DaemonProcess(Process process, Path dir) {
    this.process = process;
    this.dir = dir;
  }

  /** Starts a daemon in {@code dir} and waits (bounded) until it answers {@code /_ping}. */
  static DaemonProcess start(Path dir, String... extraArgs) {
    DaemonProcess d = launch(dir, extraArgs);
    try {
      d.awaitPing();
      return d;
    } catch (RuntimeException | AssertionError e) {
      d.close();
      throw e;
    }
  }

  /** Starts a daemon without waiting for it (for tests of refusals). */
  static DaemonProcess launch(Path dir, String... extraArgs) {
    return launch(dir, List.of(), java.util.Map.of(), extraArgs);
  }

  /** Starts a daemon with these JVM options and extra environment, and waits until it answers. */
  static DaemonProcess start(Path dir, List<String> jvmOptions, java.util.Map<String, String> env, String... extraArgs) {
    DaemonProcess d = launch(dir, jvmOptions, env, extraArgs);
    try {
      d.awaitPing();
      return d;
    } catch (RuntimeException | AssertionError e) {
      d.close();
      throw e;
    }
  }

  /**
   * The test run's class path without the test classes: the daemon runs as shipped, with its own
   * logging set-up ({@code LogSetup}) rather than the suite's {@code logback-test.xml}, so what the
   * tests measure of it (memory, log lines) is the product's.
   */
  static String productClassPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(e -> !Path.of(e).endsWith("test-classes"))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private static DaemonProcess launch(Path dir, List<String> jvmOptions, java.util.Map<String, String> env, String... extraArgs) {
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of(
        "-cp", productClassPath(),
        MAIN, "daemon",
        "--data-root", dir.resolve("data").toString(),
        "--exec-root", dir.resolve("exec").toString(),
        "--pidfile", dir.resolve("drydock.pid").toString(),
        "--log-level", "debug"));
    boolean hostGiven = List.of(extraArgs).contains("-H");
    if (!hostGiven) {
      cmd.addAll(List.of("-H", "unix://" + dir.resolve("drydock.sock")));
    }
    cmd.addAll(List.of(extraArgs));
    try {
      Files.createDirectories(dir);
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("daemon.log").toFile());
      pb.environment().putAll(env);
      Process p = pb.start();
      return new DaemonProcess(p, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("start " + cmd, e);
    }
  }

  String dockerHost() {
    return "unix://" + socket();
  }

  Path socket() {
    return dir.resolve("drydock.sock");
  }

  Path pidfile() {
    return dir.resolve("drydock.pid");
  }

  long pid() {
    return process.pid();
  }

  Process process() {
    return process;
  }

  String log() {
    try {
      return Files.exists(dir.resolve("daemon.log")) ? Files.readString(dir.resolve("daemon.log"), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  private void awaitPing() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    EngineClient client = new EngineClient(dockerHost());
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("daemon exited with " + process.exitValue() + " before answering /_ping:\n" + log());
      }
      if (Files.exists(socket())) {
        try {
          if (client.request("GET", "/_ping").head().status() == 200) {
            return;
          }
        } catch (RuntimeException e) {
          // not listening yet
        }
      }
      sleep(100);
    }
    throw new AssertionError("daemon did not answer /_ping within " + START_TIMEOUT + ":\n" + log());
  }

  /** Sends SIGTERM and waits; returns the exit code, or -1 if it had to be killed. */
  int stop() {
    if (!process.isAlive()) {
      return process.exitValue();
    }
    process.destroy();
    try {
      if (process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        return process.exitValue();
      }
      process.destroyForcibly();
      process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      return -1;
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  @Override
  public void close() {
    stop();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
