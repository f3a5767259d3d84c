package io.drydock.runtime;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The receiving end of a console socket: {@code drydock-helper recvtty SOCKET} takes one pty master
 * and relays its own stdin and stdout to it until the container closes the pty. {@code drydock
 * runtime run} uses it for a terminal without --console-socket (runc relays in-process); tests use
 * it to drive a container's terminal through pipes.
 */
public final class ConsoleReceiver implements AutoCloseable {
  private static final long LISTEN_TIMEOUT_MS = 10_000;
  private final Process process;
  private final Path socket;

  private ConsoleReceiver(Process process, Path socket) {
    this.process = process;
    this.socket = socket;
  }

  /** Starts the receiver and returns once {@code socket} listens. */
  public static ConsoleReceiver start(Path socket, Redirect in, Redirect out) {
    Path helper = HelperBinary.locate(HelperBinary.HELPER);
    Process p;
    try {
      p = new ProcessBuilder(helper.toString(), "recvtty", socket.toAbsolutePath().toString())
          .redirectInput(in).redirectOutput(out).redirectError(Redirect.INHERIT).start();
    } catch (IOException e) {
      throw new DrydockException.SystemError("start the console receiver: " + e.getMessage(), e);
    }
    ConsoleReceiver r = new ConsoleReceiver(p, socket);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LISTEN_TIMEOUT_MS);
    while (!Files.exists(socket)) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        r.close();
        throw new DrydockException.SystemError("the console receiver did not listen on " + socket);
      }
      sleep(2);
    }
    return r;
  }

  public Path socket() {
    return socket;
  }

  /** The receiver's process: its stdin goes to the terminal, its stdout is the terminal's output. */
  public Process process() {
    return process;
  }

  /** Waits up to {@code timeout} for the relay to end (the container closed its terminal). */
  public boolean awaitEnd(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      Files.deleteIfExists(socket);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // a socket file left in a temporary directory the caller removes
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted", e);
    }
  }
}
