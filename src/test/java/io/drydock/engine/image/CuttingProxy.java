package io.drydock.engine.image;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of a registry that, while armed, answers a GET of one blob with
 * its full Content-Length but only the first half of its bytes and then drops the connection —
 * a network cut in the middle of a layer download. Everything else is passed through unchanged.
 */
final class CuttingProxy implements AutoCloseable {
  private static final List<String> PASSED_HEADERS =
      List.of("Content-Type", "Docker-Content-Digest", "Location", "WWW-Authenticate", "Docker-Distribution-Api-Version");

  private final HttpServer server;
  private final String upstream;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicInteger cuts = new AtomicInteger();
  private volatile String cutPath = null;

  CuttingProxy(String upstream) throws IOException {
    this.upstream = upstream;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::forward);
    server.start();
  }

  String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** Cuts every GET whose path ends with {@code /blobs/<digest>} until {@link #disarm}. */
  void arm(String digest) {
    cutPath = "/blobs/" + digest;
  }

  void disarm() {
    cutPath = null;
  }

  int cuts() {
    return cuts.get();
  }

  private void forward(HttpExchange ex) throws IOException {
    try (ex) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + upstream + ex.getRequestURI()))
          .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(ex.getRequestBody().readAllBytes()));
      for (String h : List.of("Accept", "Authorization", "Content-Type")) {
        String v = ex.getRequestHeaders().getFirst(h);
        if (v != null) {
          b.header(h, v);
        }
      }
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      for (String h : PASSED_HEADERS) {
        r.headers().firstValue(h).ifPresent(v -> ex.getResponseHeaders().add(h, v));
      }
      byte[] body = r.body();
      String cut = cutPath;
      boolean head = ex.getRequestMethod().equals("HEAD");
      if (cut != null && ex.getRequestMethod().equals("GET") && ex.getRequestURI().getPath().endsWith(cut) && r.statusCode() == 200) {
        cuts.incrementAndGet();
        ex.sendResponseHeaders(200, body.length);
        OutputStream out = ex.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new IOException("connection cut on purpose after " + body.length / 2 + " of " + body.length + " bytes");
      }
      ex.sendResponseHeaders(r.statusCode(), head || body.length == 0 ? -1 : body.length);
      if (!head && body.length > 0) {
        ex.getResponseBody().write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
