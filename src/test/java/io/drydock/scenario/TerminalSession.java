package io.drydock.scenario;

import io.drydock.testing.HostFacts;
import io.drydock.testing.Requirements;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A docker CLI command run on a pseudo-terminal (util-linux {@code script}), so {@code -it} and
 * {@code docker attach} see a real terminal: keys typed here reach it one by one, its output is
 * collected. Ended by its PID on {@link #close}.
 */
final class TerminalSession implements AutoCloseable {
  private final Process process;
  private final OutputStream keys;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();

  private TerminalSession(Process process) {
    this.process = process;
    this.keys = process.getOutputStream();
    Thread reader = new Thread(() -> copy(process.getInputStream()), "terminal-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code docker args...} against {@code cli}'s daemon on a new terminal. */
  static TerminalSession docker(DockerCli cli, String... args) {
    Requirements.require("scenario", HostFacts.onPath("script") ? Optional.empty() : Optional.of("needs script (util-linux) for a terminal"));
    StringBuilder command = new StringBuilder("docker");
    for (String a : args) {
      command.append(" '").append(a.replace("'", "'\\''")).append('\'');
    }
    ProcessBuilder pb = new ProcessBuilder(List.of("script", "-q", "-f", "-e", "-c", command.toString(), "/dev/null"))
        .directory(cli.dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(Map.of("DOCKER_HOST", cli.dockerHost(), "DOCKER_CONFIG", cli.dir.resolve("docker-config").toString(),
        "TERM", "dumb"));
    try {
      return new TerminalSession(pb.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void copy(InputStream in) {
    byte[] buf = new byte[4096];
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        synchronized (output) {
          output.write(buf, 0, n);
          output.notifyAll();
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  /** Types the keys one at a time, as a person at a terminal does. */
  void type(String text) {
    try {
      for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
        keys.write(b);
        keys.flush();
        DaemonProcess.sleep(60);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("typing into the terminal", e);
    }
  }

  String output() {
    synchronized (output) {
      return output.toString(StandardCharsets.UTF_8);
    }
  }

  /** Waits (bounded) until the terminal shows {@code text}. */
  void awaitOutput(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (output) {
      while (!output.toString(StandardCharsets.UTF_8).contains(text)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("the terminal never showed '" + text + "'; it shows: " + output.toString(StandardCharsets.UTF_8));
        }
        output.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /** The command's exit code, waiting (bounded) for it to end. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the command did not end within " + timeout + "; the terminal shows: " + output());
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

}
