package io.drydock.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection to an engine's unix socket (drydock, dockerd, podman), as a
 * Docker client keeps one: requests go one after the other, bodies are read to their end
 * (Content-Length or chunked). Small on purpose: the benchmarks measure the engine, so the client
 * does no more than write the request and read the bytes back.
 */
final class EngineConnection implements AutoCloseable {
  /** A response: its status and its whole body. */
  record Response(int status, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final SocketChannel channel;
  private final InputStream in;
  private final OutputStream out;

  private EngineConnection(SocketChannel channel) {
    this.channel = channel;
    this.in = new java.io.BufferedInputStream(Channels.newInputStream(channel), 16384);
    this.out = Channels.newOutputStream(channel);
  }

  static EngineConnection open(Path socket) throws IOException {
    SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      c.connect(UnixDomainSocketAddress.of(socket));
    } catch (IOException e) {
      c.close();
      throw new IOException(socket + ": " + e.getMessage(), e);
    }
    return new EngineConnection(c);
  }

  Response get(String target) throws IOException {
    return send("GET", target, null);
  }

  Response post(String target, String json) throws IOException {
    return send("POST", target, json);
  }

  Response delete(String target) throws IOException {
    return send("DELETE", target, null);
  }

  /** Sends a request and fails unless the status is 2xx. */
  Response expectOk(String method, String target, String json) throws IOException {
    Response r = send(method, target, json);
    if (r.status() / 100 != 2) {
      throw new IOException(method + " " + target + ": " + r.status() + " " + r.text().strip());
    }
    return r;
  }

  Response send(String method, String target, String json) throws IOException {
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: docker\r\nUser-Agent: drydock-bench\r\n");
    if (json != null) {
      head.append("Content-Type: application/json\r\n");
    }
    if (json != null || method.equals("POST")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    return read(method);
  }

  private Response read(String method) throws IOException {
    String status = line();
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + status);
    }
    int code = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    for (String h = line(); !h.isEmpty(); h = line()) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(h.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (method.equals("HEAD") || code == 204 || code == 304) {
      return new Response(code, new byte[0]);
    }
    if (chunked) {
      return new Response(code, chunkedBody());
    }
    if (length < 0) {
      return new Response(code, in.readAllBytes());
    }
    return new Response(code, in.readNBytes((int) length));
  }

  private byte[] chunkedBody() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      int semicolon = size.indexOf(';');
      int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) {
        while (!line().isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(n));
      line();
    }
  }

  private String line() throws IOException {
    StringBuilder s = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed by the engine");
      }
      if (b != '\r') {
        s.append((char) b);
      }
    }
    return s.toString();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
