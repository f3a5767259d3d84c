package io.drydock.conformance.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The glue's client against a one-shot server on loopback: a body that ends at the close (dockerd's
 * raw attach refusal: no length, not chunked) is read whole even when it arrives in the same read
 * as the head.
 */
class HttpConnectionTest {
  @Test
  void aBodyUpToTheCloseKeepsWhatCameWithTheHead() throws Exception {
    byte[] answer = ("HTTP/1.1 400 Bad Request\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n"
        + "Invalid detach keys (x) provided\r\n").getBytes(StandardCharsets.ISO_8859_1);
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
        try (Socket s = server.accept()) {
          InputStream in = s.getInputStream();
          StringBuilder head = new StringBuilder();
          while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
              return;
            }
            head.append((char) b);
          }
          OutputStream out = s.getOutputStream();
          out.write(answer);
          out.flush();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      try (HttpConnection c = HttpConnection.open("tcp://127.0.0.1:" + server.getLocalPort())) {
        c.send("POST", "/containers/x/attach", Map.of(), new byte[0]);
        served.get(10, TimeUnit.SECONDS);
        HttpHead head = c.readHead(Duration.ofSeconds(10));
        assertThat(head.status()).isEqualTo(400);
        assertThat(new String(c.readBody("POST", head, Duration.ofSeconds(10)), StandardCharsets.UTF_8))
            .isEqualTo("Invalid detach keys (x) provided\r\n");
      }
    }
  }
}
