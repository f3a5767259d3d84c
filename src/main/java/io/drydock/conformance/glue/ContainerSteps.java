package io.drydock.conformance.glue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Containers and images over the socket: raw requests and raw JSON, no drydock classes. Every
 * scenario ends by force-removing the containers it made, so scenarios do not see each other's.
 */
public final class ContainerSteps {
  /** Ids of every container the scenarios made or removed, so the leftover check looks only at its own. */
  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  private static World world() {
    return World.get();
  }

  @Given("the image {string} holds this host's busybox")
  public void busyboxImage(String name) {
    if (world().client.request("GET", "/images/" + name + "/json").head().status() == 200) {
      return;
    }
    HttpResult r = world().client.request("POST", "/images/create?fromSrc=-&repo=" + name + "&tag=latest",
        Map.of("Content-Type", "application/x-tar"), BusyboxImage.tar());
    Expect.equal(r.head().status(), 200, "status of the image import (body %s)", r.text());
    Expect.isTrue(!r.text().contains("errorDetail"), "the image import reported an error: %s", r.text());
  }

  @When("I create a container named {string} with the JSON body {string}")
  public void create(String name, String json) {
    world().result = world().client.postJson("/containers/create?name=" + name, json);
    if (world().result.head().status() == 201) {
      SEEN.add(world().result.json().path("Id").asText());
    }
  }

  /** {@code <name>} in the body stands for the value remembered as {@code name}. */
  @When("I create a container named {string} with the JSON body {string} with the remembered values")
  public void createWithRemembered(String name, String json) {
    create(name, HttpSteps.withRemembered(json));
  }

  @When("I send POST {string} with the body {string} of type {string}")
  public void sendTyped(String target, String body, String type) {
    world().result = world().client.request("POST", target, Map.of("Content-Type", type), body.getBytes(StandardCharsets.UTF_8));
  }

  @Then("there are no containers")
  public void noContainers() {
    HttpResult r = world().client.request("GET", "/containers/json?all=1");
    Expect.equal(r.head().status(), 200, "status of the container list");
    Expect.equal(r.json().size(), 0, "number of containers in %s", r.text());
  }

  @Then("the JSON array has an element whose {string} contains {string}")
  public void arrayContains(String field, String value) {
    JsonNode body = world().result.json();
    Expect.isTrue(body.isArray(), "the body is not a JSON array: %s", world().result.text());
    List<String> seen = new ArrayList<>();
    for (JsonNode e : body) {
      seen.add(e.path(field).toString());
    }
    Expect.isTrue(seen.stream().anyMatch(s -> s.contains(value)), "no element's %s contains %s; they are %s", field, Expect.show(value), seen);
  }

  @Then("the JSON array has {int} element(s)")
  public void arraySize(int n) {
    Expect.equal(world().result.json().size(), n, "number of elements in %s", world().result.text());
  }

  @Then("the multiplexed output is {string}")
  public void multiplexed(String expected) {
    Expect.equal(demultiplexed(world().result.body()), expected.replace("\\n", "\n"), "demultiplexed output");
  }

  /**
   * A running container's logs, read again (every 100 ms, at most {@code seconds}) until they are
   * {@code expected}: its output reaches the log on the engine's own time, which an exec that ended
   * or a start that answered does not wait for.
   */
  @Then("within {int} seconds the logs of {string} are {string}")
  public void logsWithin(int seconds, String container, String expected) throws InterruptedException {
    String want = expected.replace("\\n", "\n");
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    String seen;
    do {
      world().result = world().client.request("GET", "/containers/" + container + "/logs?stdout=1&stderr=1");
      Expect.equal(world().result.head().status(), 200, "status of the logs of %s (body %s)", container, world().result.text());
      seen = demultiplexed(world().result.body());
      if (seen.equals(want)) {
        return;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    Expect.equal(seen, want, "logs of " + container + " after " + seconds + " s");
  }

  private static String demultiplexed(byte[] b) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i + 8 <= b.length) {
      int size = ((b[i + 4] & 0xff) << 24) | ((b[i + 5] & 0xff) << 16) | ((b[i + 6] & 0xff) << 8) | (b[i + 7] & 0xff);
      Expect.isTrue(b[i] == 1 || b[i] == 2, "stream byte %d of the frame at %d is neither stdout (1) nor stderr (2)", b[i], i);
      out.append(new String(b, i + 8, Math.min(size, b.length - i - 8), StandardCharsets.UTF_8));
      i += 8 + size;
    }
    Expect.equal(i, b.length, "end of the last frame against the body length");
    return out.toString();
  }

  @Then("nothing of the containers is left on the host")
  public void nothingLeft() throws IOException {
    removeAll();
    Optional<String> marker = EngineTarget.current().leftoverMarker();
    if (marker.isEmpty()) {
      return;
    }
    String mounts = Files.readString(Path.of("/proc/self/mountinfo"));
    Expect.isTrue(!mounts.contains(marker.get()), "mounts under the daemon's data root (%s) are left", marker.get());
    List<Path> left = new ArrayList<>();
    for (String controller : List.of("memory", "pids", "cpu", "unified")) {
      for (String id : SEEN) {
        Path cgroup = Path.of("/sys/fs/cgroup", controller, "drydock", id);
        if (Files.isDirectory(cgroup)) {
          left.add(cgroup);
        }
      }
    }
    Expect.isTrue(left.isEmpty(), "cgroups of removed containers are left: %s", left);
  }

  @After("@containers")
  public void removeContainers() {
    removeAll();
  }

  private static void removeAll() {
    World w = world();
    if (w == null) {
      return;
    }
    HttpResult r = w.client.request("GET", "/containers/json?all=1");
    if (r.head().status() != 200) {
      return;
    }
    for (JsonNode c : r.json()) {
      SEEN.add(c.path("Id").asText());
      w.client.request("DELETE", "/containers/" + c.path("Id").asText() + "?force=1");
    }
  }
}
