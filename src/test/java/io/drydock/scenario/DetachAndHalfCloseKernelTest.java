package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.conformance.glue.HttpConnection;
import io.drydock.conformance.glue.HttpHead;
import io.drydock.conformance.glue.HttpResult;
import io.drydock.testing.KernelTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Detach keys and the end of a hijacked client's input, at the API level, as observed on dockerd
 * 20.10: on a tty the detach sequence ends the client's stream and leaves the container running
 * with its stdin open; without a tty the keys are plain input; a half-close closes the process's
 * stdin only for {@code StdinOnce} without a tty (and a non-tty exec), and otherwise detaches.
 */
@KernelTest
class DetachAndHalfCloseKernelTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static LiveDaemon live;

  @BeforeAll
  static void start() {
    live = LiveDaemon.start("drydock-detach");
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

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static HttpConnection hijack(String target, String body) {
    HttpConnection c = HttpConnection.open(live.daemon.dockerHost());
    Map<String, String> headers = body.isEmpty() ? Map.of("Connection", "Upgrade", "Upgrade", "tcp")
        : Map.of("Connection", "Upgrade", "Upgrade", "tcp", "Content-Type", "application/json");
    c.send("POST", target, headers, bytes(body));
    HttpHead head = c.readHead(WAIT);
    assertThat(head.status()).as("hijack of %s", target).isIn(101, 200);
    return c;
  }

  private static HttpConnection attach(String id, String query) {
    return hijack("/containers/" + id + "/attach?stream=1&stdin=1&stdout=1&stderr=1" + query, "");
  }

  /** Keys typed one by one, as a terminal sends them. */
  private static void type(HttpConnection c, String keys) {
    for (char k : keys.toCharArray()) {
      c.write(new byte[] {(byte) k});
      DaemonProcess.sleep(50);
    }
  }

  private static String running(String id) {
    String id0 = live.create(name(id), "{\"Cmd\":[\"cat\"],\"Tty\":true,\"OpenStdin\":true}");
    live.startContainer(id0);
    return id0;
  }

  private static void kill(String id) {
    live.client.request("POST", "/containers/" + id + "/kill");
  }

  @Test
  void theDefaultSequenceDetachesATtyClientAndTheContainerKeepsItsStdin() {
    String id = running("detach");
    try (HttpConnection c = attach(id, "")) {
      c.write(bytes("hi\n"));
      c.readUntilContains(bytes("hi"), WAIT);
      type(c, "\u0010\u0011");
      assertThat(c.closedByPeer(WAIT)).as("ctrl-p ctrl-q ends the client's stream").isTrue();
    }
    assertThat(live.inspect(id).path("State").path("Running").asBoolean()).isTrue();
    try (HttpConnection again = attach(id, "")) {
      again.write(bytes("again\n"));
      assertThat(text(again.readUntilContains(bytes("again\r\nagain"), WAIT))).as("cat still reads its stdin").contains("again");
      again.write(bytes("x\u0010\u0011tail"));
      assertThat(again.closedByPeer(WAIT)).as("a sequence inside one chunk detaches too").isTrue();
    }
    assertThat(live.inspect(id).path("State").path("Running").asBoolean()).isTrue();
    kill(id);
  }

  @Test
  void customKeysDetachAndAnIncompleteSequenceReachesTheProcess() {
    String id = running("keys");
    try (HttpConnection c = attach(id, "&detachKeys=ctrl-x,y")) {
      type(c, "\u0018z");
      assertThat(text(c.readUntilContains(bytes("^Xz"), WAIT))).as("tty echo of ctrl-x z").contains("^Xz");
      type(c, "\u0010\u0011");
      assertThat(c.closedByPeer(Duration.ofMillis(500))).as("ctrl-p ctrl-q is not the sequence here").isFalse();
      type(c, "\u0018y");
      assertThat(c.closedByPeer(WAIT)).isTrue();
    }
    assertThat(live.inspect(id).path("State").path("Running").asBoolean()).isTrue();
    kill(id);
  }

  @Test
  void invalidDetachKeysAreRefusedLikeDockerd() {
    String id = running("badkeys");
    HttpResult r = live.client.request("POST", "/containers/" + id + "/attach?stream=1&stdin=1&detachKeys=ctrl-foo");
    assertThat(r.head().status()).isEqualTo(400);
    assertThat(r.text()).contains("Invalid detach keys (ctrl-foo) provided");
    HttpResult e = live.client.postJson("/containers/" + id + "/exec", "{\"Cmd\":[\"cat\"],\"AttachStdin\":true,\"DetachKeys\":\"a,,b\"}");
    assertThat(e.head().status()).isEqualTo(500);
    assertThat(e.json().path("message").asText()).isEqualTo("Invalid escape keys (a,,b) provided");
    kill(id);
  }

  @Test
  void withoutATtyTheKeysAreInputAndAHalfCloseDetachesUnlessStdinOnce() {
    String id = live.create(name("plain"), "{\"Cmd\":[\"cat\"],\"OpenStdin\":true}");
    live.startContainer(id);
    try (HttpConnection c = attach(id, "")) {
      type(c, "\u0010\u0011");
      Multiplexed echoed = Multiplexed.of(c.readUntilContains(bytes("\u0011"), WAIT));
      assertThat(echoed.stdout()).isEqualTo("\u0010\u0011");
      c.shutdownOutput();
      assertThat(c.closedByPeer(WAIT)).as("the half-close detaches").isTrue();
    }
    DaemonProcess.sleep(300);
    assertThat(live.inspect(id).path("State").path("Running").asBoolean()).as("cat's stdin stayed open").isTrue();
    kill(id);

    String once = live.create(name("once"), "{\"Cmd\":[\"sh\",\"-c\",\"cat; echo done\"],\"OpenStdin\":true,\"StdinOnce\":true}");
    try (HttpConnection c = attach(once, "")) {
      live.startContainer(once);
      c.write(bytes("hello\n"));
      c.shutdownOutput();
      Multiplexed out = Multiplexed.of(c.readToEnd(WAIT));
      assertThat(out.stdout()).as("EOF for cat, then the output to the end").isEqualTo("hello\ndone\n");
    }
    assertThat(live.waitExit(once)).isZero();
  }

  @Test
  void aHalfCloseOfATtyAttachDetachesEvenWithStdinOnce() {
    String id = live.create(name("ttyonce"), "{\"Cmd\":[\"cat\"],\"Tty\":true,\"OpenStdin\":true,\"StdinOnce\":true}");
    try (HttpConnection c = attach(id, "")) {
      live.startContainer(id);
      c.write(bytes("hello\n"));
      c.readUntilContains(bytes("hello"), WAIT);
      c.shutdownOutput();
      assertThat(c.closedByPeer(WAIT)).isTrue();
    }
    DaemonProcess.sleep(300);
    assertThat(live.inspect(id).path("State").path("Running").asBoolean()).isTrue();
    kill(id);
  }

  private static String exec(String container, boolean tty, String extra) {
    HttpResult r = live.client.postJson("/containers/" + container + "/exec", "{\"Cmd\":[\"sh\",\"-c\",\"cat; echo done\"],\"AttachStdin\":true,"
        + "\"AttachStdout\":true,\"Tty\":" + tty + extra + "}");
    assertThat(r.head().status()).as(r.text()).isEqualTo(201);
    return r.json().path("Id").asText();
  }

  private static boolean execRunning(String exec) {
    return live.client.request("GET", "/exec/" + exec + "/json").json().path("Running").asBoolean();
  }

  @Test
  void execHalfCloseEndsStdinWithoutATtyAndDetachesWithOne() {
    String id = live.create(name("execs"), "{\"Cmd\":[\"sleep\",\"300\"]}");
    live.startContainer(id);
    String plain = exec(id, false, "");
    try (HttpConnection c = hijack("/exec/" + plain + "/start", "{\"Tty\":false}")) {
      c.write(bytes("hello\n"));
      c.shutdownOutput();
      assertThat(Multiplexed.of(c.readToEnd(WAIT)).stdout()).isEqualTo("hello\ndone\n");
    }
    String tty = exec(id, true, "");
    try (HttpConnection c = hijack("/exec/" + tty + "/start", "{\"Tty\":true}")) {
      c.write(bytes("hello\n"));
      c.readUntilContains(bytes("hello"), WAIT);
      c.shutdownOutput();
      assertThat(c.closedByPeer(WAIT)).isTrue();
    }
    DaemonProcess.sleep(300);
    assertThat(execRunning(tty)).as("the tty exec keeps running after its client left").isTrue();
    kill(id);
  }

  @Test
  void execDetachKeysEndTheStreamWithDockerdsMessage() {
    String id = live.create(name("execkeys"), "{\"Cmd\":[\"sleep\",\"300\"]}");
    live.startContainer(id);
    String exec = exec(id, true, ",\"DetachKeys\":\"ctrl-a\"");
    try (HttpConnection c = hijack("/exec/" + exec + "/start", "{\"Tty\":true}")) {
      c.write(bytes("hi\n"));
      c.readUntilContains(bytes("hi"), WAIT);
      type(c, "\u0001");
      assertThat(text(c.readToEnd(WAIT))).endsWith("exec attach failed: error on attach stdin: read escape sequence\r\n");
    }
    assertThat(live.inspect(id).path("State").path("Running").asBoolean()).isTrue();
    kill(id);
  }
}
