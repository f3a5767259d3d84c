package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Containers and images over the socket: raw requests and raw JSON, no drydock classes. Every
 * scenario ends by force-removing the containers it made, so scenarios do not see each other's.
 */
public final class ContainerSteps {
  private static World world() {
    return World.get();
  }

  @Given("the image {string} holds this host's busybox")
  public void busyboxImage(String name) {
    if (world().client.request("GET", "/images/" + name + "/json").head().status() == 200) {
      return;
    }
    HttpResult r = world().client.request("POST", "/images/create?fromSrc=-&repo=" + name + "&tag=latest",
        Map.of("Content-Type", "application/x-tar"), busyboxTar());
    assertThat(r.head().status()).as(r.text()).isEqualTo(200);
    assertThat(r.text()).doesNotContain("errorDetail");
  }

  @When("I create a container named {string} with the JSON body {string}")
  public void create(String name, String json) {
    world().result = world().client.postJson("/containers/create?name=" + name, json);
  }

  @When("I send POST {string} with the body {string} of type {string}")
  public void sendTyped(String target, String body, String type) {
    world().result = world().client.request("POST", target, Map.of("Content-Type", type), body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Then("there are no containers")
  public void noContainers() {
    HttpResult r = world().client.request("GET", "/containers/json?all=1");
    assertThat(r.head().status()).isEqualTo(200);
    assertThat(r.json().size()).as(r.text()).isZero();
  }

  @Then("the JSON array has an element whose {string} contains {string}")
  public void arrayContains(String field, String value) {
    JsonNode body = world().result.json();
    assertThat(body.isArray()).as(world().result.text()).isTrue();
    List<String> seen = new ArrayList<>();
    for (JsonNode e : body) {
      seen.add(e.path(field).toString());
    }
    assertThat(seen).as("%s of every element", field).anyMatch(s -> s.contains(value));
  }

  @Then("the JSON array has {int} element(s)")
  public void arraySize(int n) {
    assertThat(world().result.json().size()).as(world().result.text()).isEqualTo(n);
  }

  @Then("the multiplexed output is {string}")
  public void multiplexed(String expected) {
    byte[] b = world().result.body();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i + 8 <= b.length) {
      int size = ((b[i + 4] & 0xff) << 24) | ((b[i + 5] & 0xff) << 16) | ((b[i + 6] & 0xff) << 8) | (b[i + 7] & 0xff);
      assertThat(b[i]).as("stream byte").isIn((byte) 1, (byte) 2);
      out.append(new String(b, i + 8, size, java.nio.charset.StandardCharsets.UTF_8));
      i += 8 + size;
    }
    assertThat(i).as("frames fill the body").isEqualTo(b.length);
    assertThat(out.toString()).isEqualTo(expected.replace("\\n", "\n"));
  }

  @Then("nothing of the containers is left on the host")
  public void nothingLeft() throws IOException {
    removeAll();
    if (TestEngine.externalHost().isPresent()) {
      return;
    }
    String mounts = Files.readString(Path.of("/proc/self/mountinfo"));
    assertThat(mounts).as("mounts under the daemon's data root").doesNotContain("drydock-scenario");
    for (String controller : List.of("memory", "pids", "cpu", "unified")) {
      Path dir = Path.of("/sys/fs/cgroup", controller, "drydock");
      if (Files.isDirectory(dir)) {
        try (var s = Files.list(dir)) {
          assertThat(s.filter(Files::isDirectory).toList()).as("cgroups left in %s", dir).isEmpty();
        }
      }
    }
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
      w.client.request("DELETE", "/containers/" + c.path("Id").asText() + "?force=1");
    }
  }

  /** A root file system of the host's static busybox with a few applet links. */
  static byte[] busyboxTar() {
    Path busybox = Path.of("/usr/bin/busybox");
    io.drydock.testing.Requirements.require("scenario", Files.isRegularFile(busybox) ? Optional.empty() : Optional.of("needs busybox-static"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] bin = Files.readAllBytes(busybox);
      TarArchiveEntry dir = new TarArchiveEntry("bin/");
      dir.setMode(040755);
      tar.putArchiveEntry(dir);
      tar.closeArchiveEntry();
      TarArchiveEntry e = new TarArchiveEntry("bin/busybox");
      e.setMode(0100755);
      e.setSize(bin.length);
      tar.putArchiveEntry(e);
      tar.write(bin);
      tar.closeArchiveEntry();
      for (String applet : List.of("sh", "echo", "sleep", "cat", "ls", "true", "false", "env", "id", "hostname", "ps", "top")) {
        TarArchiveEntry l = new TarArchiveEntry("bin/" + applet, TarArchiveEntry.LF_SYMLINK);
        l.setLinkName("busybox");
        tar.putArchiveEntry(l);
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
