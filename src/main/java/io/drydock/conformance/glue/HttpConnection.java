package io.drydock.conformance.glue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 connection to an engine, over a unix socket ({@code unix:///path}) or TCP
 * ({@code tcp://host:port}), with every read bounded by a deadline. Understands Content-Length,
 * chunked and close-delimited bodies; HEAD responses have none.
 */
public final class HttpConnection implements AutoCloseable {
  private final SocketChannel channel;
  private final Selector selector;
  private byte[] pending = new byte[0];
  private boolean eof;

  private HttpConnection(SocketChannel channel) throws IOException {
    this.channel = channel;
    channel.configureBlocking(false);
    selector = Selector.open();
    channel.register(selector, SelectionKey.OP_READ);
  }

  public static HttpConnection open(String dockerHost) {
    try {
      URI uri = URI.create(dockerHost);
      SocketAddress address;
      SocketChannel ch;
      if ("unix".equals(uri.getScheme())) {
        ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        address = UnixDomainSocketAddress.of(Path.of(uri.getPath()));
      } else if ("tcp".equals(uri.getScheme())) {
        ch = SocketChannel.open(StandardProtocolFamily.INET);
        address = new InetSocketAddress(uri.getHost(), uri.getPort());
      } else {
        throw new IllegalArgumentException("unsupported DOCKER_HOST " + dockerHost);
      }
      ch.connect(address);
      return new HttpConnection(ch);
    } catch (IOException e) {
      throw new UncheckedIOException("connect " + dockerHost, e);
    }
  }

  public void send(String method, String target, Map<String, String> headers, byte[] body) {
    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: api.moby.localhost\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    if (body.length > 0 || method.equals("POST") || method.equals("PUT")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer buf = ByteBuffer.allocate(start.length + body.length).put(start).put(body).flip();
    try {
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("send " + method + " " + target, e);
    }
  }

  /** Raw bytes on a hijacked connection (a client's stdin). */
  public void write(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    try {
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("write to a hijacked connection", e);
    }
  }

  /** The client's half-close ({@code CloseWrite}): end of its input, the reading side stays open. */
  public void shutdownOutput() {
    try {
      channel.shutdownOutput();
    } catch (IOException e) {
      throw new UncheckedIOException("half-close", e);
    }
  }

  /**
   * Reads until the bytes received so far (of a hijacked stream) contain {@code expected}; they are
   * consumed. Throws when the deadline passes or the stream ends first.
   */
  public byte[] readUntilContains(byte[] expected, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (indexOf(pending, expected) < 0) {
      boolean more;
      try {
        more = fill(deadline);
      } catch (ReadTimeout e) {
        throw new AssertionError("no '" + new String(expected, StandardCharsets.UTF_8) + "' within " + timeout + ", got '"
            + new String(pending, StandardCharsets.UTF_8) + "'", e);
      }
      if (!more) {
        throw new AssertionError("stream ended without '" + new String(expected, StandardCharsets.UTF_8) + "', got '"
            + new String(pending, StandardCharsets.UTF_8) + "'");
      }
    }
    byte[] out = pending;
    pending = new byte[0];
    return out;
  }

  /** Everything that arrives until the server closes the connection; {@link ReadTimeout} past the deadline. */
  public byte[] readToEnd(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (fill(deadline)) {
      out.writeBytes(pending);
      pending = new byte[0];
    }
    out.writeBytes(pending);
    pending = new byte[0];
    return out.toByteArray();
  }

  /** Status line and headers of the next response. */
  public HttpHead readHead(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String text = new String(readUntil("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), deadline), StandardCharsets.ISO_8859_1);
    return HttpHead.parse(text);
  }

  /** The whole body of a response whose head was read. */
  public byte[] readBody(String method, HttpHead head, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    if (method.equals("HEAD") || head.status() == 204 || head.status() == 304 || head.status() / 100 == 1) {
      return new byte[0];
    }
    if (head.chunked()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Optional<byte[]> chunk;
      while ((chunk = readChunk(deadline)).isPresent()) {
        out.writeBytes(chunk.get());
      }
      return out.toByteArray();
    }
    Optional<Long> length = head.contentLength();
    if (length.isPresent()) {
      return readExactly(length.get().intValue(), deadline);
    }
    // up to the close: what came in the same read as the head is already pending
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    do {
      out.writeBytes(pending);
      pending = new byte[0];
    } while (fill(deadline));
    return out.toByteArray();
  }

  /** The next chunk of a chunked body, or empty at the last chunk. */
  public Optional<byte[]> readChunk(long deadlineNanos) {
    String sizeLine = new String(readUntil("\r\n".getBytes(StandardCharsets.ISO_8859_1), deadlineNanos), StandardCharsets.ISO_8859_1).trim();
    int size = Integer.parseInt(sizeLine.split(";")[0], 16);
    if (size == 0) {
      readUntil("\r\n".getBytes(StandardCharsets.ISO_8859_1), deadlineNanos);
      return Optional.empty();
    }
    byte[] data = readExactly(size, deadlineNanos);
    readExactly(2, deadlineNanos);
    return Optional.of(data);
  }

  /** Whether the server closed the connection (reads until the deadline). */
  public boolean closedByPeer(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (fill(deadline)) {
        pending = new byte[0];
      }
      return true;
    } catch (ReadTimeout e) {
      return false;
    }
  }

  private byte[] readExactly(int n, long deadline) {
    while (pending.length < n) {
      if (!fill(deadline)) {
        throw new UncheckedIOException(new IOException("connection closed after " + pending.length + " of " + n + " bytes"));
      }
    }
    byte[] out = Arrays.copyOf(pending, n);
    pending = Arrays.copyOfRange(pending, n, pending.length);
    return out;
  }

  private byte[] readUntil(byte[] delimiter, long deadline) {
    while (true) {
      int at = indexOf(pending, delimiter);
      if (at >= 0) {
        byte[] out = Arrays.copyOf(pending, at);
        pending = Arrays.copyOfRange(pending, at + delimiter.length, pending.length);
        return out;
      }
      if (!fill(deadline)) {
        throw new UncheckedIOException(new IOException("connection closed before " + new String(delimiter, StandardCharsets.ISO_8859_1).replace("\r\n", "CRLF")));
      }
    }
  }

  /** Reads more bytes into {@code pending}; false at end of stream; {@link ReadTimeout} at the deadline. */
  private boolean fill(long deadline) {
    if (eof) {
      return false;
    }
    ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
    try {
      while (true) {
        int n = channel.read(buf);
        if (n < 0) {
          eof = true;
          return false;
        }
        if (n > 0) {
          byte[] merged = Arrays.copyOf(pending, pending.length + n);
          System.arraycopy(buf.array(), 0, merged, pending.length, n);
          pending = merged;
          return true;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new ReadTimeout();
        }
        selector.select(Math.max(1, left / 1_000_000));
        selector.selectedKeys().clear();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public void close() {
    try {
      selector.close();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Nothing arrived before the deadline. */
  static final class ReadTimeout extends RuntimeException {
    ReadTimeout() {
      super("no data before the deadline");
    }
  }
}
