package io.drydock.supervisor.shim;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Talks to one shim over its control socket. Each request uses its own short connection, so a
 * supervisor that restarts simply makes a new client; {@link #attach} keeps a connection open.
 * Once the command has exited the shim goes away and calls fail with {@code Unavailable}: the
 * outcome is then in {@code exit.json} ({@link ShimHandle#exitStatus()}).
 */
public final class ShimClient {
  private static final int ESRCH = 3;
  private static final int ENOTTY = 25;
  private static final int EALREADY = 114;

  private final Path socket;

  public ShimClient(Path socket) {
    this.socket = socket;
  }

  public ShimStatus status() {
    return call("status", ch -> {
      new Frame(ShimProtocol.REQ_STATUS, new byte[0]).write(ch);
      Frame reply = Frame.read(ch);
      if (reply.type() != ShimProtocol.RSP_STATUS) {
        throw new IOException("shim answered status with frame type " + reply.type());
      }
      return reply.status();
    });
  }

  /** Sends {@code signal} to the container's command; a command that already exited is a conflict. */
  public void kill(int signal) {
    int errno = request("kill", ShimProtocol.REQ_KILL, ByteBuffer.allocate(4).putInt(signal));
    if (errno == ESRCH) {
      throw new DrydockException.Conflict("cannot kill: the container's process has already exited");
    }
    check("kill", errno);
  }

  public void resize(TtySize size) {
    int errno = request("resize", ShimProtocol.REQ_RESIZE, ByteBuffer.allocate(4).putShort((short) size.rows()).putShort((short) size.cols()));
    if (errno == ENOTTY) {
      throw new DrydockException.Conflict("cannot resize: the container has no tty");
    }
    check("resize", errno);
  }

  /**
   * Lets a command held at start ({@link ShimSpec#withStartHeld}) exec. An exec failure is a
   * {@link ShimStartException} with step {@code exec}; the shim then records exit code 127.
   */
  public void start() {
    start(ByteBuffer.allocate(0));
  }

  /**
   * As {@link #start()}, but the held command is replaced by {@code argv}: a shim can be started
   * before its caller knows the command (drydock's runtime names the helper's socket only when
   * the plan is ready), so its start overlaps the caller's work.
   */
  public void start(java.util.List<String> argv) {
    byte[] bytes = ShimProtocol.argv(argv);
    if (argv.isEmpty() || argv.get(0).isEmpty() || bytes.length > ShimProtocol.FRAME_MAX_PAYLOAD) {
      throw new DrydockException.InvalidArgument("no command, or a command longer than " + ShimProtocol.FRAME_MAX_PAYLOAD + " bytes");
    }
    start(ByteBuffer.allocate(bytes.length).put(bytes));
  }

  private void start(ByteBuffer payload) {
    int errno = request("start", ShimProtocol.REQ_START, payload);
    if (errno == EALREADY) {
      throw new DrydockException.Conflict("container already started");
    }
    if (errno == ESRCH) {
      throw new DrydockException.Conflict("cannot start: the container's process has already exited");
    }
    if (errno != 0) {
      throw new ShimStartException("start via shim at " + socket, new ShimStartFailure("exec", errno));
    }
  }

  public void closeStdin() {
    check("close stdin", request("close stdin", ShimProtocol.REQ_CLOSE_STDIN, ByteBuffer.allocate(0)));
  }

  /** Starts receiving live output; output produced before this call is in the log only. */
  public Attachment attach(Consumer<OutputFrame> onOutput) {
    SocketChannel ch = connect();
    try {
      return Attachment.open(ch, onOutput);
    } catch (IOException e) {
      closeQuietly(ch);
      throw new DrydockException.Unavailable("attach to shim at " + socket + ": " + e.getMessage(), e);
    }
  }

  private int request(String what, int type, ByteBuffer payload) {
    return call(what, ch -> {
      Frame.of(type, payload).write(ch);
      return Frame.read(ch).ackErrno(type);
    });
  }

  private void check(String what, int errno) {
    if (errno != 0) {
      throw new DrydockException.SystemError(what + " via shim at " + socket + ": errno " + errno);
    }
  }

  private interface Exchange<T> {
    T run(SocketChannel ch) throws IOException;
  }

  private <T> T call(String what, Exchange<T> exchange) {
    try (SocketChannel ch = connect()) {
      return exchange.run(ch);
    } catch (IOException e) {
      throw new DrydockException.Unavailable(what + " via shim at " + socket + ": " + e.getMessage(), e);
    }
  }

  private SocketChannel connect() {
    try {
      SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        ch.connect(UnixDomainSocketAddress.of(socket));
        return ch;
      } catch (IOException e) {
        ch.close();
        throw e;
      }
    } catch (IOException e) {
      throw new DrydockException.Unavailable("shim at " + socket + " is not reachable: " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(SocketChannel ch) {
    try {
      ch.close();
    } catch (IOException ignored) {
      // already failing; the first error is the one reported
    }
  }
}
