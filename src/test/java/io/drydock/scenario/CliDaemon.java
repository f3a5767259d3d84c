package io.drydock.scenario;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving a CLI test class its own drydock daemon driven by the real docker CLI
 * ({@link DockerCli}): started before the class's tests (with the busybox image imported when
 * asked), and after them every container removed — so no task outlives the test — and the daemon
 * stopped by its PID. Register it as a static field with {@code @RegisterExtension}.
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

  /** The running daemon's CLI; only inside the class's tests. */
  DockerCli cli() {
    if (cli == null) {
      throw new IllegalStateException("the daemon of " + prefix + " runs only while its test class does");
    }
    return cli;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    DockerCli started = DockerCli.start(prefix);
    try {
      if (busybox) {
        BusyboxImage.ensure(started);
      }
    } catch (RuntimeException | Error e) {
      started.close();
      throw e;
    }
    cli = started;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (cli == null) {
      return;
    }
    try {
      BusyboxImage.removeAllContainers(cli);
    } finally {
      cli.close();
      cli = null;
    }
  }
}
