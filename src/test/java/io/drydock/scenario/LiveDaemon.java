package io.drydock.scenario;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpHead;
import io.drydock.conformance.glue.HttpResult;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A drydock daemon of a test class's own: a temp directory, a unix socket and a loopback TCP
 * listener (for clients that only speak TCP, like the JDK's websocket client), with this host's
 * busybox imported under a unique image name. {@link #close} force-removes what is left, stops the
 * daemon by its PID and deletes the directory.
 */
final class LiveDaemon implements AutoCloseable {
  final Path dir;
  final DaemonProcess daemon;
  final EngineClient client;
  final int tcpPort;
  final String image;

  private LiveDaemon(Path dir, DaemonProcess daemon, int tcpPort, String image) {
    this.dir = dir;
    this.daemon = daemon;
    // Generous: kernel tests of several suites share the machine, and a slow answer is not a wrong one.
    this.client = new EngineClient(daemon.dockerHost(), Duration.ofMinutes(3));
    this.tcpPort = tcpPort;
    this.image = image;
  }

  static LiveDaemon start(String prefix) {
    io.drydock.testing.Requirements.require("kernel", io.drydock.conformance.glue.BusyboxImage.available()
        ? java.util.Optional.empty() : java.util.Optional.of("needs busybox-static (/usr/bin/busybox) for its image"));
    byte[] busybox = io.drydock.conformance.glue.BusyboxImage.tar();
    Path dir;
    try {
      dir = Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      int port = freePort();
      DaemonProcess d = DaemonProcess.start(dir, "-H", "unix://" + dir.resolve("drydock.sock"), "-H", "tcp://127.0.0.1:" + port);
      LiveDaemon live = new LiveDaemon(dir, d, port, "bb" + UUID.randomUUID().toString().substring(0, 8));
      HttpResult r = live.client.request("POST", "/images/create?fromSrc=-&repo=" + live.image + "&tag=latest",
          Map.of("Content-Type", "application/x-tar"), busybox);
      assertThat(r.head().status()).as(r.text()).isEqualTo(200);
      assertThat(r.text()).doesNotContain("errorDetail");
      return live;
    } catch (RuntimeException | AssertionError e) {
      TestEngine.deleteTree(dir);
      throw e;
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates a container from {@code configJson} (without "Image", which is added) and returns its id. */
  String create(String name, String configJson) {
    String body = "{\"Image\":\"" + image + "\"," + configJson.substring(1);
    HttpResult r = client.postJson("/containers/create?name=" + name, body);
    assertThat(r.head().status()).as(r.text()).isEqualTo(201);
    return r.json().path("Id").asText();
  }

  void startContainer(String id) {
    HttpResult r = client.request("POST", "/containers/" + id + "/start");
    assertThat(r.head().status()).as(r.text()).isEqualTo(204);
  }

  int waitExit(String id) {
    HttpResult r = client.request("POST", "/containers/" + id + "/wait");
    assertThat(r.head().status()).as(r.text()).isEqualTo(200);
    return r.json().path("StatusCode").asInt();
  }

  JsonNode inspect(String id) {
    HttpResult r = client.request("GET", "/containers/" + id + "/json");
    assertThat(r.head().status()).as(r.text()).isEqualTo(200);
    return r.json();
  }

  /** Polls (bounded) until the container's State.Running is {@code running}. */
  void awaitRunning(String id, boolean running, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inspect(id).path("State").path("Running").asBoolean() != running) {
      assertThat(System.nanoTime()).as("container %s running=%s within %s", id, running, timeout).isLessThan(deadline);
      DaemonProcess.sleep(50);
    }
  }

  @Override
  public void close() {
    try {
      HttpResult r = client.request("GET", "/containers/json?all=1");
      if (r.head().status() == 200) {
        for (JsonNode c : r.json()) {
          client.request("DELETE", "/containers/" + c.path("Id").asText() + "?force=1");
        }
      }
    } catch (RuntimeException e) {
      // the daemon may already be gone; stopping it below is what matters
    } finally {
      daemon.close();
      TestEngine.deleteTree(dir);
    }
  }
}
