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
