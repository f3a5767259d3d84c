package io.drydock.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.api.ApiDispatcher;
import io.drydock.api.ApiGroup;
import io.drydock.api.ApiOperation;
import io.drydock.api.PathTemplate;
import io.drydock.api.RawStream;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.RouteTable;
import io.drydock.testing.Poll;
import io.netty.handler.codec.http.HttpMethod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real epoll server on a temp unix socket: hijack with half-close, socket file handling. */
class ApiServerTest {
  @TempDir Path dir;

  /** Echoes input; when the client half-closes, says "bye" and closes — the exec/attach shape. */
  private static final RouteHandler ECHO = (request, response) -> {
    RawStream raw = response.hijack();
    raw.write("hello\n".getBytes(StandardCharsets.UTF_8));
    raw.onInput(raw::write);
    raw.onInputClosed(() -> {
      raw.write("bye\n".getBytes(StandardCharsets.UTF_8));
      raw.close();
    });
  };

  /** Streams on its handler thread until released, as {@code logs -f} and {@code stats} do. */
  private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
  private final java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();

  private final RouteHandler hold = (request, response) -> {
    java.io.OutputStream out = response.openByteStream(io.netty.handler.codec.http.HttpResponseStatus.OK, "text/plain");
    held.incrementAndGet();
    try {
      out.write("held\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      release.await(60, TimeUnit.SECONDS);
      out.close();
    } catch (IOException | InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  };

  private ApiServer start(Path socket) {
    RouteGroup group = new RouteGroup() {
      @Override
      public Map<String, RouteHandler> handlers() {
        return Map.of("TestAttach", ECHO, "TestHold", hold,
            "TestQuick", (request, response) -> response.text(io.netty.handler.codec.http.HttpResponseStatus.OK, "text/plain", "quick"));
      }

      @Override
      public List<ApiOperation> extraOperations() {
        return List.of(new ApiOperation(HttpMethod.POST, PathTemplate.parse("/test/attach"), "TestAttach", ApiGroup.CONTAINER),
            new ApiOperation(HttpMethod.GET, PathTemplate.parse("/test/hold"), "TestHold", ApiGroup.CONTAINER),
            new ApiOperation(HttpMethod.GET, PathTemplate.parse("/test/quick"), "TestQuick", ApiGroup.CONTAINER));
      }
    };
    ServerConfig config = new ServerConfig(List.of(new ListenAddress.UnixSocket(socket)), new ServerIdentity("t"), 1024, Optional.empty(), Optional.empty());
    return ApiServer.start(config, new ApiDispatcher(RouteTable.build(List.of(group))));
  }

  private static String readAll(SocketChannel ch) throws Exception {
    return CompletableFuture.supplyAsync(() -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteBuffer buf = ByteBuffer.allocate(4096);
      try {
        while (ch.read(buf.clear()) >= 0) {
          out.write(buf.array(), 0, buf.position());
        }
      } catch (IOException e) {
        out.writeBytes(("<" + e + ">").getBytes(StandardCharsets.UTF_8));
      }
      return out.toString(StandardCharsets.ISO_8859_1);
    }).get(20, TimeUnit.SECONDS);
  }

  @Test
  void hijackedStreamsCarryRawBytesAndSurviveAClientHalfClose() throws Exception {
    Path socket = dir.resolve("api.sock");
    ApiServer server = start(socket);
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket, LinkOption.NOFOLLOW_LINKS))).isEqualTo("rw-rw----");
      ch.connect(UnixDomainSocketAddress.of(socket));
      String request = "POST /v1.41/test/attach HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n\r\nearly\n";
      ch.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1)));
      ch.write(ByteBuffer.wrap("stdin data\n".getBytes(StandardCharsets.ISO_8859_1)));
      ch.shutdownOutput();
      String all = readAll(ch);
      assertThat(all).startsWith("HTTP/1.1 101 UPGRADED\r\n");
      assertThat(all.substring(all.indexOf("\r\n\r\n") + 4)).isEqualTo("hello\nearly\nstdin data\nbye\n");
    } finally {
      server.close();
    }
    assertThat(socket).as("the server removes its socket").doesNotExist();
  }

  /**
   * dockerd serves every request on a goroutine of its own: a hundred clients streaming logs or
   * stats (one {@code docker stats} streams one request per running container) must not keep the
   * next request waiting. A fixed pool of handler threads with a queue did.
   */
  @Test
  void manyStreamingRequestsDoNotKeepTheNextOneWaiting() throws Exception {
    Path socket = dir.resolve("api.sock");
    ApiServer server = start(socket);
    List<SocketChannel> streams = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) {
        SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        streams.add(ch);
        ch.write(ByteBuffer.wrap("GET /v1.41/test/hold HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
      }
      Poll.until(java.time.Duration.ofSeconds(20), () -> held.get() >= 100);
      assertThat(held.get()).as("streams being served at once").isEqualTo(100);
      try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
        ch.write(ByteBuffer.wrap("GET /v1.41/test/quick HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(readAll(ch)).startsWith("HTTP/1.1 200 OK").endsWith("quick");
      }
    } finally {
      release.countDown();
      for (SocketChannel ch : streams) {
        ch.close();
      }
      server.close();
    }
  }
}
