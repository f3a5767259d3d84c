package io.drydock.runtime;

import io.drydock.common.DrydockException;
import io.drydock.os.DirectoryHandle;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One run of the native helper: the only process spawn of a launch. Java listens on a unix socket
 * in the container's state directory, the helper connects, receives the plan and answers with
 * fixed-size records. stdio of the helper (and of the container) are the given redirects.
 */
public final class HelperSession implements AutoCloseable {
  private static final long CONNECT_TIMEOUT_MS = 10_000;
  /** sun_path's 108 bytes, one of them the terminating NUL. */
  private static final int MAX_SUN_PATH = 107;

  /** Present when this JVM spawned the helper; an externally spawned one is not our child. */
  private final Optional<Process> process;
  private final ProcessHandle handle;
  private final SocketChannel channel;
  private final InputStream in;

  private HelperSession(Optional<Process> process, ProcessHandle handle, SocketChannel channel) {
    this.process = process;
    this.handle = handle;
    this.channel = channel;
    this.in = Channels.newInputStream(channel);
  }

  /** Starts the helper, waits for it to connect and sends it {@code message}. */
  public static HelperSession launch(Path helper, Path socket, byte[] message, Stdio stdio) {
    return start(helper, socket, stdio).send(message);
  }

  /** Refuses stdio that would block the container: pipes for its output that nobody reads. */
  static void checkStdio(Stdio stdio) {
    if (stdio.out() == Redirect.PIPE || stdio.err() == Redirect.PIPE) {
      throw new DrydockException.InvalidArgument("container stdout/stderr cannot be a pipe nobody reads; use a file, DISCARD or INHERIT");
    }
  }

  /**
   * Starts the helper listening for it on {@code socket}; the plan follows with
   * {@link Started#send}. Between the two the caller may do other work while the helper starts.
   */
  static Started start(Path helper, Path socket, Stdio stdio) {
    checkStdio(stdio);
    ServerSocketChannel server = null;
    try {
      Files.deleteIfExists(socket);
      server = bound(socket);
      Process p = new ProcessBuilder(helper.toString(), "init", socket.toString())
          .redirectInput(stdio.in()).redirectOutput(stdio.out()).redirectError(stdio.err()).start();
      if (stdio.in() == Redirect.PIPE) {
        p.getOutputStream().close();
      }
      return new Started(server, socket, p);
    } catch (IOException e) {
      closeQuietly(server);
      throw new DrydockException.SystemError("start helper " + helper + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(ServerSocketChannel server) {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        // nothing was accepted on it
      }
    }
  }

  /** A helper spawned by this JVM that has not been sent its plan yet. */
  static final class Started {
    private final ServerSocketChannel server;
    private final Path socket;
    private final Process process;

    private Started(ServerSocketChannel server, Path socket, Process process) {
      this.server = server;
      this.socket = socket;
      this.process = process;
    }

    long pid() {
      return process.pid();
    }

    /** Waits for the helper to connect and sends it {@code message}. */
    HelperSession send(byte[] message) {
      try (server) {
        return connected(server, socket, message, Optional.of(process), process.toHandle());
      } catch (IOException e) {
        throw new DrydockException.SystemError("send the plan to the helper: " + e.getMessage(), e);
      }
    }

    /** The plan will not come: the helper is killed and reaped, the socket removed. */
    void abandon() {
      closeQuietly(server);
      process.destroyForcibly();
      try {
        process.waitFor();
        Files.deleteIfExists(socket);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        // the state directory goes with the failed create
      }
    }
  }

  /**
   * Like {@link #launch}, but the helper is started by {@code spawner} (e.g. as a shim's command),
   * so its stdio is whatever the spawner gives it and its exit status is not this JVM's to reap.
   */
  public static HelperSession launch(Path helper, Path socket, byte[] message, HelperSpawner spawner) {
    try {
      Files.deleteIfExists(socket);
      try (ServerSocketChannel server = bound(socket)) {
        long pid = spawner.spawn(java.util.List.of(helper.toString(), "init", socket.toString()));
        ProcessHandle h = ProcessHandle.of(pid).orElseThrow(
            () -> new DrydockException.SystemError("helper (pid " + pid + ") exited before connecting"));
        return connected(server, socket, message, Optional.empty(), h);
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("start helper " + helper + ": " + e.getMessage(), e);
    }
  }

  /**
   * A listening socket at {@code socket}, whatever the length of its directory's path: a path
   * longer than sun_path's 107 bytes (a state directory under a long root with a 64-character id)
   * is bound through {@code /proc/self/fd/N} of the open directory. The helper gets the full path
   * and reaches it the same way.
   */
  static ServerSocketChannel bound(Path socket) throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    Path abs = socket.toAbsolutePath();
    try {
      if (abs.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_SUN_PATH) {
        server.bind(UnixDomainSocketAddress.of(abs));
        return server;
      }
      try (DirectoryHandle dir = DirectoryHandle.open(abs.getParent())) {
        server.bind(UnixDomainSocketAddress.of(dir.procPath().resolve(abs.getFileName())));
        return server;
      }
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private static HelperSession connected(ServerSocketChannel server, Path socket, byte[] message,
      Optional<Process> p, ProcessHandle h) throws IOException {
    SocketChannel ch;
    try {
      ch = accept(server, p, h);
    } finally {
      Files.deleteIfExists(socket);
    }
    ch.write(ByteBuffer.wrap(message));
    return new HelperSession(p, h, ch);
  }

  private static SocketChannel accept(ServerSocketChannel server, Optional<Process> p, ProcessHandle h) throws IOException {
    server.configureBlocking(false);
    long deadline = System.currentTimeMillis() + CONNECT_TIMEOUT_MS;
    try (Selector selector = Selector.open()) {
      server.register(selector, SelectionKey.OP_ACCEPT);
      while (System.currentTimeMillis() < deadline) {
        SocketChannel ch = server.accept();
        if (ch != null) {
          ch.configureBlocking(true);
          return ch;
        }
        if (!h.isAlive()) {
          throw new DrydockException.SystemError("helper exited" + p.map(x -> " with status " + x.exitValue()).orElse("")
              + " before connecting");
        }
        selector.select(20);
      }
    }
    h.destroyForcibly();
    throw new DrydockException.SystemError("helper did not connect within " + CONNECT_TIMEOUT_MS + " ms");
  }

  /** The next record, or empty when the helper closed the socket. */
  public Optional<HelperRecord> next() {
    try {
      byte[] b = in.readNBytes(HelperProtocol.REC_SIZE);
      if (b.length == 0) {
        return Optional.empty();
      }
      if (b.length < HelperProtocol.REC_SIZE) {
        throw new DrydockException.SystemError("helper sent a truncated record (" + b.length + " bytes)");
      }
      return Optional.of(HelperRecord.parse(b));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Lets an init waiting at its hook point go on (one byte: the runtime's hooks ran). */
  public void proceed() {
    try {
      channel.write(ByteBuffer.wrap(new byte[] {'g'}));
    } catch (IOException e) {
      throw new DrydockException.SystemError("the helper went away while its hooks ran: " + e.getMessage(), e);
    }
  }

  /**
   * The helper's exit status, waiting for it; -1 at once for an externally spawned helper: it is
   * not our child, its parent (the shim) reaps it, and polling a non-child's end is slow.
   */
  public int waitForExit() {
    try {
      if (process.isEmpty()) {
        return -1;
      }
      return process.get().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted waiting for the helper", e);
    }
  }

  public long helperPid() {
    return handle.pid();
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing a socket the helper already closed: nothing to do
    }
  }

  /**
   * The three standard streams given to the helper and so to the container. A PIPE stdin is
   * closed at once (the container reads EOF); stdout and stderr cannot be pipes, as nobody here
   * would read them.
   */
  public record Stdio(Redirect in, Redirect out, Redirect err) {
    public static Stdio inherit() {
      return new Stdio(Redirect.INHERIT, Redirect.INHERIT, Redirect.INHERIT);
    }
  }
}
