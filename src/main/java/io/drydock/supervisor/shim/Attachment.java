package io.drydock.supervisor.shim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A live connection to a shim: output frames go to the callback on a reader thread, stdin bytes go
 * to the container. Closing it detaches; the container keeps running and its output keeps going to
 * the log. If the callback is slower than the container writes, the shim drops this attachment once
 * its 64 KiB buffer is full (spec/shim.md) and {@link #awaitExit} returns empty.
 */
public final class Attachment implements AutoCloseable {
  private static final Duration ATTACH_TIMEOUT = Duration.ofSeconds(10);

  private final SocketChannel channel;
  private final CompletableFuture<Void> attached = new CompletableFuture<>();
  private final CompletableFuture<Optional<ExitStatus>> exit = new CompletableFuture<>();
  private final OutputStream stdin = new StdinStream();

  private Attachment(SocketChannel channel) {
    this.channel = channel;
  }

  static Attachment open(SocketChannel channel, Consumer<OutputFrame> onOutput) throws IOException {
    Attachment a = new Attachment(channel);
    Thread reader = new Thread(() -> a.readLoop(onOutput), "shim-attach");
    reader.setDaemon(true);
    reader.start();
    a.send(new Frame(ShimProtocol.REQ_ATTACH, new byte[0]));
    try {
      a.attached.get(ATTACH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while attaching", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("shim did not acknowledge attach", e);
    }
    return a;
  }

  private void readLoop(Consumer<OutputFrame> onOutput) {
    try {
      while (true) {
        Frame f = Frame.read(channel);
        switch (f.type()) {
          case ShimProtocol.RSP_STDOUT -> onOutput.accept(new OutputFrame(LogStream.STDOUT, f.payload()));
          case ShimProtocol.RSP_STDERR -> onOutput.accept(new OutputFrame(LogStream.STDERR, f.payload()));
          case ShimProtocol.RSP_EXIT -> exit.complete(f.status().exit());
          case ShimProtocol.RSP_ACK -> {
            if (f.ackRequest() == ShimProtocol.REQ_ATTACH) {
              attached.complete(null);
            }
          }
          default -> throw new IOException("unexpected frame type " + f.type() + " on an attach connection");
        }
      }
    } catch (IOException | RuntimeException e) {
      // the connection ended (detached, dropped as too slow, shim gone) or the callback failed
      attached.completeExceptionally(e);
      exit.complete(Optional.empty());
      closeQuietly();
    }
  }

  /** The container's stdin (needs a shim started with open stdin); each write becomes STDIN frames. */
  public OutputStream stdin() {
    return stdin;
  }

  /** Asks the shim to close the container's stdin, as {@code docker attach} does at EOF with StdinOnce. */
  public void closeStdin() throws IOException {
    send(new Frame(ShimProtocol.REQ_CLOSE_STDIN, new byte[0]));
  }

  /** The exit status once the command exits; empty when the connection ended first (detached or dropped). */
  public Optional<ExitStatus> awaitExit(Duration timeout) throws InterruptedException, TimeoutException {
    try {
      return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      return Optional.empty();
    }
  }

  private synchronized void send(Frame frame) throws IOException {
    frame.write(channel);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private void closeQuietly() {
    try {
      channel.close();
    } catch (IOException ignored) {
      // the connection is being abandoned anyway
    }
  }

  private final class StdinStream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int pos = off; pos < off + len; pos += ShimProtocol.FRAME_MAX_PAYLOAD) {
        int n = Math.min(ShimProtocol.FRAME_MAX_PAYLOAD, off + len - pos);
        send(new Frame(ShimProtocol.REQ_STDIN, java.util.Arrays.copyOfRange(b, pos, pos + n)));
      }
    }
  }
}
