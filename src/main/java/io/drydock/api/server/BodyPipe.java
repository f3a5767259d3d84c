package io.drydock.api.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * A request body as an InputStream that a handler thread reads while the bytes still arrive. The
 * channel does not read on its own while a request is being handled (auto-read is off), so the
 * pipe asks for one more socket read each time it runs dry: at most about one read's worth of the
 * body is held in memory, whatever its size. Chunks are offered on the I/O thread; closing the
 * pipe early drops what comes after (the splitter drains the rest of the body off the wire).
 */
final class BodyPipe extends InputStream {
  private static final long WAIT_MILLIS = 60_000;

  private final Channel channel;
  private final ArrayDeque<ByteBuf> chunks = new ArrayDeque<>();
  private boolean ended;
  private boolean closed;
  private IOException failure;

  BodyPipe(Channel channel) {
    this.channel = channel;
  }

  /** On the I/O thread: a piece of the body (the pipe takes over the reference). */
  synchronized void offer(ByteBuf content) {
    if (closed || !content.isReadable()) {
      content.release();
      return;
    }
    chunks.add(content);
    notifyAll();
  }

  /** On the I/O thread: the body is complete. */
  synchronized void end() {
    ended = true;
    notifyAll();
  }

  /** On the I/O thread: the connection went away before the body ended. */
  synchronized void fail(IOException e) {
    if (!ended) {
      failure = e;
    }
    notifyAll();
  }

  synchronized boolean isOpen() {
    return !closed;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (chunks.isEmpty()) {
      if (closed) {
        throw new IOException("request body stream is closed");
      }
      if (failure != null) {
        throw failure;
      }
      if (ended) {
        return -1;
      }
      channel.read();
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        throw new IOException("no request body data for " + WAIT_MILLIS / 1000 + " s");
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while reading the request body");
      }
    }
    ByteBuf head = chunks.peek();
    int n = Math.min(len, head.readableBytes());
    head.readBytes(b, off, n);
    if (!head.isReadable()) {
      chunks.poll().release();
    }
    return n;
  }

  @Override
  public synchronized int available() {
    return chunks.isEmpty() ? 0 : chunks.peek().readableBytes();
  }

  @Override
  public synchronized void close() {
    closed = true;
    chunks.forEach(ByteBuf::release);
    chunks.clear();
    notifyAll();
  }
}
