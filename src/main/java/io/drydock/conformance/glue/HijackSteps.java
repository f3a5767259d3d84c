package io.drydock.conformance.glue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Hijacked connections (attach, exec start) byte by byte: what the engine writes before and after
 * the upgrade, keys typed as a terminal sends them, and how the stream ends. Expected and typed
 * text may hold {@code \r}, {@code \n} and {@code \}{@code uXXXX} escapes.
 */
public final class HijackSteps {
  private static final Duration HEAD_TIMEOUT = Duration.ofSeconds(10);
  private static final Map<String, String> UPGRADE = Map.of("Connection", "Upgrade", "Upgrade", "tcp", "Content-Type", "application/json");

  private static World world() {
    return World.get();
  }

  private static void open(String target, String body) {
    World w = world();
    if (w.hijacked != null) {
      w.hijacked.close();
    }
    w.hijacked = HttpConnection.open(w.client.dockerHost());
    w.hijacked.send("POST", target, UPGRADE, body.getBytes(StandardCharsets.UTF_8));
  }

  @When("I attach to {string} with the query {string}")
  public void attach(String container, String query) {
    open("/v1.41/containers/" + container + "/attach?" + query, "");
  }

  @When("I start the exec created last with the body {string}")
  public void startExec(String body) {
    world().execId = world().result.json().path("Id").asText();
    open("/v1.41/exec/" + world().execId + "/start", body);
  }

  @When("I inspect the exec")
  public void inspectExec() {
    world().result = world().client.request("GET", "/v1.41/exec/" + world().execId + "/json");
  }

  @Then("the connection is upgraded")
  public void upgraded() {
    Expect.equal(world().hijacked.readHead(HEAD_TIMEOUT).status(), 101, "status of the hijack");
  }

  @Then("the connection carries exactly {string} and closes")
  public void exactly(String expected) {
    String got = new String(world().hijacked.readToEnd(HEAD_TIMEOUT), StandardCharsets.ISO_8859_1);
    Expect.equal(got, unescape(expected), "the raw bytes of the answer");
  }

  @When("I type {string}")
  public void type(String keys) {
    for (byte b : unescape(keys).getBytes(StandardCharsets.ISO_8859_1)) {
      world().hijacked.write(new byte[] {b});
      pause();
    }
  }

  @Then("the stream shows {string}")
  public void shows(String text) {
    world().hijacked.readUntilContains(unescape(text).getBytes(StandardCharsets.ISO_8859_1), HEAD_TIMEOUT);
  }

  @Then("the stream ends with {string}")
  public void endsWith(String text) {
    String rest = new String(world().hijacked.readToEnd(HEAD_TIMEOUT), StandardCharsets.ISO_8859_1);
    Expect.isTrue(rest.endsWith(unescape(text)), "the stream ends with %s, got %s", Expect.show(unescape(text)), Expect.show(rest));
  }

  /** A multiplexed answer: one frame (header: stream 1 = stdout, three zeros, big-endian size), then the end. */
  @Then("the rest of the stream is one stdout frame that contains {string} and ends with CRLF")
  public void oneStdoutFrame(String text) {
    byte[] rest = world().hijacked.readToEnd(HEAD_TIMEOUT);
    Expect.isTrue(rest.length >= 8, "a frame header in %s", Expect.show(new String(rest, StandardCharsets.ISO_8859_1)));
    int size = ((rest[4] & 0xff) << 24) | ((rest[5] & 0xff) << 16) | ((rest[6] & 0xff) << 8) | (rest[7] & 0xff);
    String payload = new String(rest, 8, Math.min(size, rest.length - 8), StandardCharsets.UTF_8);
    Expect.equal((int) rest[0], 1, "the stream of the frame %s", Expect.show(payload));
    Expect.equal(rest.length, 8 + size, "the length of the rest of the stream after the frame %s", Expect.show(payload));
    Expect.isTrue(payload.contains(text) && payload.endsWith("\r\n"), "the frame %s contains %s and ends with CRLF", Expect.show(payload), Expect.show(text));
  }

  /** The process's own words on its stderr, then the end: one frame with stream 2 and exactly {@code text}. */
  @Then("the rest of the stream is the stderr frame {string}")
  public void oneStderrFrame(String text) {
    byte[] rest = world().hijacked.readToEnd(HEAD_TIMEOUT);
    String shown = Expect.show(new String(rest, StandardCharsets.ISO_8859_1));
    Expect.isTrue(rest.length >= 8, "a frame header in %s", shown);
    Expect.equal((int) rest[0], 2, "the stream of the frame in " + shown);
    int size = ((rest[4] & 0xff) << 24) | ((rest[5] & 0xff) << 16) | ((rest[6] & 0xff) << 8) | (rest[7] & 0xff);
    Expect.equal(rest.length, 8 + size, "the length of the rest of the stream " + shown);
    Expect.equal(new String(rest, 8, size, StandardCharsets.UTF_8), unescape(text), "the frame's payload");
  }

  @Then("the stream ends")
  public void ends() {
    Expect.isTrue(world().hijacked.closedByPeer(HEAD_TIMEOUT), "the engine closes the stream within %s", HEAD_TIMEOUT);
  }

  /** A terminal sends keys one at a time; a gap lets each arrive as its own read. */
  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while typing", e);
    }
  }

  static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'r' -> out.append('\r');
        case 'n' -> out.append('\n');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(n);
      }
    }
    return out.toString();
  }
}
