package io.drydock.conformance.glue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    Expect.equal(r.head().status(), 201, "status of creating network %s (body %s)", name, r.text());
    NETWORKS.add(name);
  }

  @Given("the network {string} is removed after the scenario")
  public void networkCleanup(String name) {
    NETWORKS.add(name);
  }

  /** For a network that only its id names (another network has its name). */
  @Then("the network whose id I remembered as {string} is removed after the scenario")
  public void rememberedNetworkCleanup(String key) {
    NETWORKS.add(World.get().remembered.get(key));
  }

  @Given("the volume {string} exists")
  public void volumeExists(String name) {
    HttpResult r = World.get().client.postJson("/v1.41/volumes/create", "{\"Name\":\"" + name + "\",\"Labels\":{\"ddtest\":\"yes\"}}");
    Expect.equal(r.head().status(), 201, "status of creating volume %s (body %s)", name, r.text());
    VOLUMES.add(name);
  }

  @Given("the volume {string} is removed after the scenario")
  public void volumeCleanup(String name) {
    VOLUMES.add(name);
  }

  @Then("the volume named in the response is removed after the scenario")
  public void responseVolumeCleanup() {
    String name = World.get().result.json().path("Name").asText();
    Expect.isTrue(name.matches("[0-9a-f]{64}"), "volume name %s is not 64 hex digits", Expect.show(name));
    VOLUMES.add(name);
  }

  @Then("the JSON array has an element whose {string} is {string}")
  public void arrayHas(String path, String value) {
    List<String> seen = values(World.get().result.json(), path);
    Expect.isTrue(seen.contains(value), "no element whose %s is %s; they are %s", path, Expect.show(value), seen);
  }

  @Then("the JSON array has no element whose {string} is {string}")
  public void arrayHasNot(String path, String value) {
    List<String> seen = values(World.get().result.json(), path);
    Expect.isTrue(!seen.contains(value), "an element whose %s is %s: %s", path, Expect.show(value), seen);
  }

  /** {@code array} and {@code field} are dotted paths ({@code Volumes}, {@code UsageData.RefCount}, {@code Names.0}). */
  @Then("the JSON array {string} has an element whose {string} is {string}")
  public void nestedArrayHas(String array, String field, String value) {
    JsonNode list = World.get().result.json().at(pointer(array));
    Expect.isTrue(list.isArray(), "%s is not an array: %s", array, list);
    List<String> seen = new ArrayList<>();
    for (JsonNode e : list) {
      seen.add(e.at(pointer(field)).asText());
    }
    Expect.isTrue(seen.contains(value), "no element of %s whose %s is %s; they are %s", array, field, Expect.show(value), seen);
  }

  /**
   * Each row names one element of the array {@code array} by the field of the first column and
   * gives the text every other column's field must have; an empty cell stands for an empty or
   * absent field. The order of the elements does not count (dockerd's {@code Mounts} has none).
   */
  @Then("the elements of the JSON array {string} are, by their first column:")
  public void arrayElements(String array, DataTable table) {
    JsonNode list = World.get().result.json().at(pointer(array));
    Expect.isTrue(list.isArray(), "%s is not an array: %s", array, list);
    List<Map<String, String>> rows = table.asMaps();
    Expect.equal(list.size(), rows.size(), "number of elements of %s (%s)", array, list);
    String key = table.row(0).get(0);
    for (Map<String, String> row : rows) {
      String wanted = orEmpty(row.get(key));
      JsonNode found = null;
      for (JsonNode e : list) {
        if (e.at(pointer(key)).asText().equals(wanted)) {
          found = e;
        }
      }
      Expect.isTrue(found != null, "no element of %s whose %s is %s: %s", array, key, Expect.show(wanted), list);
      for (Map.Entry<String, String> cell : row.entrySet()) {
        String actual = found.at(pointer(cell.getKey())).asText();
        Expect.isTrue(actual.equals(orEmpty(cell.getValue())), "%s of the element of %s whose %s is %s is %s, not %s", cell.getKey(), array, key,
            Expect.show(wanted), Expect.show(actual), Expect.show(orEmpty(cell.getValue())));
      }
    }
  }

  private static String orEmpty(String cell) {
    return cell == null ? "" : cell;
  }

  private static String pointer(String dotted) {
    return "/" + dotted.replace("~", "~0").replace("/", "~1").replace('.', '/');
  }

  private static List<String> values(JsonNode array, String path) {
    JsonNode list = array;
    String field = path;
    int dot = path.lastIndexOf('.');
    if (dot > 0) {
      list = array.path(path.substring(0, dot));
      field = path.substring(dot + 1);
    }
    Expect.isTrue(list.isArray(), "%s is not an array", list);
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
    // Last made, first removed: a name two networks share is unique again once the later one is gone.
    for (int i = NETWORKS.size() - 1; i >= 0; i--) {
      w.client.request("DELETE", "/v1.41/networks/" + NETWORKS.get(i));
    }
    for (String v : VOLUMES) {
      w.client.request("DELETE", "/v1.41/volumes/" + v);
    }
    NETWORKS.clear();
    VOLUMES.clear();
  }
}
