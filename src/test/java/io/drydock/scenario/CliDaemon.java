package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving a CLI test class its own drydock daemon driven by the real docker CLI
 * ({@link DockerCli}): started before the class's tests (with the busybox image imported when
 * asked), and after them every container removed — so no task outlives the test — and the daemon
 * stopped by its PID. Register it as a static field with {@code @RegisterExtension}; the tests then
 * run {@link #docker} and the checks every CLI test needs ({@link #inspect}, {@link #awaitInspect})
 * on it. A test that needs a daemon of its own per test method uses {@link #start} and
 * {@link #stop}, which do the same.
 */
final class CliDaemon implements BeforeAllCallback, AfterAllCallback {
  private final String prefix;
  private final boolean busybox;
  private DockerCli cli;

  private CliDaemon(String prefix, boolean busybox) {
    this.prefix = prefix;
    this.busybox = busybox;
  }

  /** A daemon with no image yet (for tests that import or pull their own). */
  static CliDaemon bare(String prefix) {
    return new CliDaemon(prefix, false);
  }

  /** A daemon with {@code busybox:latest} imported. */
  static CliDaemon withBusybox(String prefix) {
    return new CliDaemon(prefix, true);
  }

  /**
   * Starts a daemon (skipping without the docker CLI) with {@code daemonArgs}, imports busybox when
   * asked, and stops it again if the import fails.
   */
  static DockerCli start(String prefix, boolean busybox, String... daemonArgs) throws IOException {
    DockerCli started = DockerCli.start(prefix, daemonArgs);
    try {
      if (busybox) {
        BusyboxImage.ensure(started);
      }
    } catch (RuntimeException | Error e) {
      started.close();
      throw e;
    }
    return started;
  }

  /** Removes every container of the daemon, then stops it and removes its directory; null: nothing. */
  static void stop(DockerCli cli) {
    if (cli == null) {
      return;
    }
    try {
      BusyboxImage.removeAllContainers(cli);
    } finally {
      cli.close();
    }
  }

  /** The running daemon's CLI; only inside the class's tests. */
  DockerCli cli() {
    if (cli == null) {
      throw new IllegalStateException("the daemon of " + prefix + " runs only while its test class does");
    }
    return cli;
  }

  /** The daemon's own temp directory, for the files a test hands to the CLI or gets back. */
  Path dir() {
    return cli().dir;
  }

  /** Runs {@code docker ARGS} against the daemon. */
  CommandResult docker(String... args) {
    return cli().run(args);
  }

  /** {@code docker inspect -f FORMAT NAME}, which must succeed; its output trimmed. */
  String inspect(String format, String name) {
    CommandResult r = docker("inspect", "-f", format, name);
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return r.stdout().trim();
  }

  /**
   * Polls {@link #inspect} every 100 ms until it shows {@code expected}; after {@code timeout}
   * fails with the last value and the daemon's warnings.
   */
  void awaitInspect(String name, String format, String expected, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String seen = "";
    while (System.nanoTime() < deadline) {
      seen = inspect(format, name);
      if (seen.equals(expected)) {
        return;
      }
      DaemonProcess.sleep(100);
    }
    String log = cli().daemonLog();
    throw new AssertionError(name + ": " + format + " never became '" + expected + "', last '" + seen + "'; daemon warnings:\n"
        + String.join("\n", log.lines().filter(l -> l.contains("WARN") || l.contains("ERROR")).limit(40).toList()));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    cli = start(prefix, busybox);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      stop(cli);
    } finally {
      cli = null;
    }
  }
}
