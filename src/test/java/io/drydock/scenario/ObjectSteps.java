package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;

/**
 * Networks and volumes a scenario creates (removed again after it, whatever happened), and
 * assertions over JSON arrays of objects. Speaks only HTTP, like every glue class here.
 */
public final class ObjectSteps {
  private static final List<String> NETWORKS = new ArrayList<>();
  private static final List<String> VOLUMES = new ArrayList<>();

  @Given("the network {string} exists")
  public void networkExists(String name) {
    HttpResult r = World.get().client.postJson("/v1.41/networks/create", "{\"Name\":\"" + name + "\"}");
    assertThat(r.head().status()).as(r.text()).isEqualTo(201);
    NETWORKS.add(name);
  }

  @Given("the network {string} is removed after the scenario")
  public void networkCleanup(String name) {
    NETWORKS.add(name);
  }

  @Given("the volume {string} exists")
  public void volumeExists(String name) {
    HttpResult r = World.get().client.postJson("/v1.41/volumes/create", "{\"Name\":\"" + name + "\",\"Labels\":{\"ddtest\":\"yes\"}}");
    assertThat(r.head().status()).as(r.text()).isEqualTo(201);
    VOLUMES.add(name);
  }

  @Given("the volume {string} is removed after the scenario")
  public void volumeCleanup(String name) {
    VOLUMES.add(name);
  }

  @Then("the volume named in the response is removed after the scenario")
  public void responseVolumeCleanup() {
    String name = World.get().result.json().path("Name").asText();
    assertThat(name).matches("[0-9a-f]{64}");
    VOLUMES.add(name);
  }

  @Then("the JSON array has an element whose {string} is {string}")
  public void arrayHas(String path, String value) {
    assertThat(values(World.get().result.json(), path)).contains(value);
  }

  @Then("the JSON array has no element whose {string} is {string}")
  public void arrayHasNot(String path, String value) {
    assertThat(values(World.get().result.json(), path)).doesNotContain(value);
  }

  private static List<String> values(JsonNode array, String path) {
    JsonNode list = array;
    String field = path;
    int dot = path.lastIndexOf('.');
    if (dot > 0) {
      list = array.path(path.substring(0, dot));
      field = path.substring(dot + 1);
    }
    assertThat(list.isArray()).as("%s is an array", list).isTrue();
    List<String> out = new ArrayList<>();
    for (JsonNode e : list) {
      out.add(e.path(field).asText());
    }
    return out;
  }

  @After
  public void removeCreated() {
    World w = World.get();
    if (w == null) {
      return;
    }
    for (String n : NETWORKS) {
      w.client.request("DELETE", "/v1.41/networks/" + n);
    }
    for (String v : VOLUMES) {
      w.client.request("DELETE", "/v1.41/volumes/" + v);
    }
    NETWORKS.clear();
    VOLUMES.clear();
  }
}
