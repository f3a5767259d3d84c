package io.drydock.scenario;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpConnection;
import io.drydock.conformance.glue.HttpHead;
import io.drydock.conformance.glue.HttpResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.KernelTest;
import io.drydock.testing.HostFacts;
import io.drydock.testing.Requirements;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attach as clients other than the docker CLI use it, against a live daemon: the websocket form
 * with the JDK's own websocket client over loopback TCP, {@code logs=1} replay before live output,
 * {@code stream=0}, and {@code timestamps=1} on logs.
 */
@KernelTest
class AttachStreamsKernelTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static LiveDaemon live;

  @BeforeAll
  static void start() {
    live = LiveDaemon.start("drydock-attach");
  }

  @AfterAll
  static void stop() {
    if (live != null) {
      live.close();
    }
  }

  private static String name(String what) {
    return what + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Collects what a websocket server sends: data frames in order, and the close. */
  static final class Collector implements WebSocket.Listener {
    final ByteArrayOutputStream data = new ByteArrayOutputStream();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    int binaryFrames;
    int textFrames;

    @Override
    public synchronized CompletionStage<?> onBinary(WebSocket ws, ByteBuffer bytes, boolean last) {
      byte[] b = new byte[bytes.remaining()];
      bytes.get(b);
      data.writeBytes(b);
      binaryFrames++;
      ws.request(1);
      return null;
    }

    @Override
    public synchronized CompletionStage<?> onText(WebSocket ws, CharSequence text, boolean last) {
      data.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
      textFrames++;
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      closed.complete(status);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closed.completeExceptionally(error);
    }

    synchronized String text() {
      return data.toString(StandardCharsets.UTF_8);
    }

    void awaitText(String expected) {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (!text().contains(expected)) {
        assertThat(System.nanoTime()).as("websocket output %s contains %s", text(), expected).isLessThan(deadline);
        DaemonProcess.sleep(20);
      }
    }
  }

  private static WebSocket connect(String target, Collector c) throws Exception {
    URI uri = URI.create("ws://127.0.0.1:" + live.tcpPort + target);
    return HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT).buildAsync(uri, c).get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  @Test
  void websocketAttachCarriesStdinAndRawOutputInBinaryFramesAndClosesAtTheEnd() throws Exception {
    String id = live.create(name("ws"), "{\"Cmd\":[\"sh\",\"-c\",\"echo ready; read line; echo got:$line; echo oops >&2\"],"
        + "\"OpenStdin\":true,\"AttachStdin\":true}");
    Collector c = new Collector();
    WebSocket ws = connect("/v1.41/containers/" + id + "/attach/ws?stream=1", c);
    live.startContainer(id);
    c.awaitText("ready\n");
    ws.sendBinary(ByteBuffer.wrap("hello\n".getBytes(StandardCharsets.UTF_8)), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(c.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(WebSocket.NORMAL_CLOSURE);
    // No 8-byte stream headers: stdout and stderr bytes arrive raw, in binary frames only.
    assertThat(c.text()).isEqualTo("ready\ngot:hello\noops\n");
    assertThat(c.textFrames).isZero();
    assertThat(live.waitExit(id)).isZero();
  }

  @Test
  void closingTheWebsocketDetachesAndTheContainerKeepsRunning() throws Exception {
    String id = live.create(name("wsdetach"), "{\"Cmd\":[\"sh\",\"-c\",\"echo up; cat\"],\"OpenStdin\":true,\"AttachStdin\":true}");
    Collector c = new Collector();
    WebSocket ws = connect("/containers/" + id + "/attach/ws?stream=1", c);
    live.startContainer(id);
    c.awaitText("up\n");
    ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(c.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(WebSocket.NORMAL_CLOSURE);
    DaemonProcess.sleep(300);
    assertThat(live.inspect(id).path("State").path("Running").asBoolean()).as("still running after the client left").isTrue();
    HttpResult kill = live.client.request("POST", "/containers/" + id + "/kill");
    assertThat(kill.head().status()).isEqualTo(204);
  }

  @Test
  void detachKeysOnATtyWebsocketCloseItAndLogADetachEvent() throws Exception {
    long since = java.time.Instant.now().getEpochSecond();
    String id = live.create(name("wskeys"), "{\"Cmd\":[\"cat\"],\"Tty\":true,\"OpenStdin\":true}");
    live.startContainer(id);
    Collector c = new Collector();
    WebSocket ws = connect("/v1.41/containers/" + id + "/attach/ws?stream=1", c);
    ws.sendBinary(ByteBuffer.wrap("hi\n".getBytes(StandardCharsets.UTF_8)), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    c.awaitText("hi");
    ws.sendBinary(ByteBuffer.wrap(new byte[] {16}), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    ws.sendBinary(ByteBuffer.wrap(new byte[] {17}), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(c.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(WebSocket.NORMAL_CLOSURE);
    assertThat(live.inspect(id).path("State").path("Running").asBoolean()).isTrue();
    String filters = java.net.URLEncoder.encode("{\"container\":[\"" + id + "\"],\"event\":[\"detach\"]}", StandardCharsets.UTF_8);
    HttpResult events = live.client.request("GET", "/events?since=" + since + "&until=" + (java.time.Instant.now().getEpochSecond() + 1) + "&filters=" + filters);
    assertThat(events.text().lines().filter(l -> !l.isBlank())).as(events.text()).hasSize(1).allMatch(l -> l.contains("\"Action\":\"detach\""));
    assertThat(live.client.request("POST", "/containers/" + id + "/kill").head().status()).isEqualTo(204);
  }

  @Test
  void websocketClientsBelowApi128GetTextFrames() throws Exception {
    String id = live.create(name("wstext"), "{\"Cmd\":[\"echo\",\"old\"]}");
    live.startContainer(id);
    assertThat(live.waitExit(id)).isZero();
    Collector c = new Collector();
    connect("/v1.27/containers/" + id + "/attach/ws?logs=1&stream=0", c);
    c.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(c.text()).isEqualTo("old\n");
    assertThat(c.binaryFrames).isZero();
  }

  @Test
  void logsReplayComesBeforeTheOutputOfTheNextRun() {
    String script = "if [ -e /ran ]; then echo second-run; else echo first-run; fi; echo err >&2; : > /ran";
    String id = live.create(name("replay"), "{\"Cmd\":[\"sh\",\"-c\",\"" + script + "\"]}");
    live.startContainer(id);
    assertThat(live.waitExit(id)).isZero();

    // stream=0: only what the log holds, then the connection ends.
    HttpResult once = live.client.request("POST", "/containers/" + id + "/attach?logs=1&stream=0&stdout=1&stderr=1");
    assertThat(once.head().status()).isEqualTo(200);
    assertThat(Multiplexed.of(once.body()).stdout()).isEqualTo("first-run\n");
    assertThat(Multiplexed.of(once.body()).stderr()).isEqualTo("err\n");

    // stream=1 on the stopped container, then a start: the old run's log first, then the new run.
    try (HttpConnection c = HttpConnection.open(live.daemon.dockerHost())) {
      c.send("POST", "/containers/" + id + "/attach?logs=1&stream=1&stdout=1&stderr=0", Map.of(), new byte[0]);
      HttpHead head = c.readHead(WAIT);
      assertThat(head.status()).isEqualTo(200);
      live.startContainer(id);
      Multiplexed out = Multiplexed.of(c.readBody("POST", head, WAIT));
      assertThat(out.stdout()).isEqualTo("first-run\nsecond-run\n");
      assertThat(out.stderr()).as("stderr was not asked for").isEmpty();
    }
  }

  @Test
  void logsOfAStoppedContainerWhoseDriverKeepsNoneIsDockerdsInStreamError() {
    String id = live.create(name("nolog"), "{\"Cmd\":[\"echo\",\"hi\"],\"HostConfig\":{\"LogConfig\":{\"Type\":\"none\"}}}");
    live.startContainer(id);
    assertThat(live.waitExit(id)).isZero();
    HttpResult once = live.client.request("POST", "/containers/" + id + "/attach?logs=1&stream=0&stderr=1");
    assertThat(once.head().status()).isEqualTo(200);
    assertThat(Multiplexed.of(once.body()).stdout()).as("on stdout, though only stderr was asked for, as dockerd writes it")
        .isEqualTo("Error attaching: failed to get logging factory: logger: no log driver named 'none' is registered:"
            + " error looking up logging plugin none: plugin \"none\" not found\n");
  }

  @Test
  void logsTimestampsAreMobysFixedWidthRfc3339() {
    String id = live.create(name("ts"), "{\"Cmd\":[\"sh\",\"-c\",\"echo a; echo b\"]}");
    live.startContainer(id);
    assertThat(live.waitExit(id)).isZero();
    long before = System.currentTimeMillis() / 1000 - 600;
    HttpResult r = live.client.request("GET", "/containers/" + id + "/logs?stdout=1&timestamps=1&since=" + before + ".000000000");
    assertThat(r.head().status()).as(r.text()).isEqualTo(200);
    String[] lines = Multiplexed.of(r.body()).stdout().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z a");
    assertThat(lines[1]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z b");
    long future = System.currentTimeMillis() / 1000 + 600;
    HttpResult none = live.client.request("GET", "/containers/" + id + "/logs?stdout=1&since=" + future + ".5");
    assertThat(Multiplexed.of(none.body()).stdout()).isEmpty();
    HttpResult bad = live.client.request("GET", "/containers/" + id + "/logs?stdout=1&since=10m");
    assertThat(bad.head().status()).isEqualTo(400);
  }

  @Test
  void theDockerClisLogsTimestampsSinceAndUntilWork() throws Exception {
    Requirements.require("scenario", HostFacts.onPath("docker") ? Optional.empty() : Optional.of("needs the docker CLI on PATH"));
    String id = live.create(name("clilogs"), "{\"Cmd\":[\"sh\",\"-c\",\"echo a; echo b\"]}");
    live.startContainer(id);
    assertThat(live.waitExit(id)).isZero();
    Path config = Files.createDirectories(live.dir.resolve("docker-config"));
    Map<String, String> env = Map.of("DOCKER_HOST", live.daemon.dockerHost(), "DOCKER_CONFIG", config.toString());

    CommandResult t = CommandResult.run(live.dir, env, List.of("docker", "logs", "-t", "--since", "10m", id), 60);
    assertThat(t.exitCode()).as(t.stderr()).isZero();
    assertThat(t.stdout().split("\n")).hasSize(2).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z [ab]"));
    CommandResult until = CommandResult.run(live.dir, env, List.of("docker", "logs", "--until", "2000-01-01T00:00:00Z", id), 60);
    assertThat(until.exitCode()).as(until.stderr()).isZero();
    assertThat(until.stdout()).isEmpty();
  }
}
