package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;

/** Requests and generic assertions on status, headers and JSON bodies. */
public final class HttpSteps {
  private static World world() {
    return World.get();
  }

  @When("I send {word} {string}")
  public void send(String method, String target) {
    world().result = world().client.request(method, target);
  }

  @When("I send {word} {string} and then {word} {string} on the same connection")
  public void sendTwo(String method1, String target1, String method2, String target2) {
    List<HttpResult> results = world().client.sequence(method1 + " " + target1, method2 + " " + target2);
    world().result = results.get(0);
    world().second = results.get(1);
  }

  @Then("the second response is {int} with the body {string}")
  public void secondResponse(int status, String body) {
    assertThat(world().second.head().status()).isEqualTo(status);
    assertThat(world().second.text()).isEqualTo(body);
  }

  @When("I send {word} {string} with the JSON body {string}")
  public void sendJson(String method, String target, String json) {
    world().result = world().client.postJson(target, json);
  }

  @Then("the status is {int}")
  public void status(int expected) {
    assertThat(world().result.head().status()).as("status of a response with body %s", world().result.text()).isEqualTo(expected);
  }

  @Then("the header {string} is {string}")
  public void header(String name, String value) {
    assertThat(world().result.head().header(name)).as("header %s", name).contains(value);
  }

  @Then("the header {string} is one of {string}")
  public void headerOneOf(String name, String values) {
    assertThat(world().result.head().header(name)).as("header %s", name).isPresent();
    assertThat(List.of(values.split(",\\s*"))).contains(world().result.head().header(name).get());
  }

  @Then("the body is {string}")
  public void body(String text) {
    assertThat(world().result.text()).isEqualTo(text);
  }

  @Then("the body is empty")
  public void bodyEmpty() {
    assertThat(world().result.body()).isEmpty();
  }

  @Then("the error message is {string}")
  public void errorMessage(String message) {
    assertThat(world().result.head().header("Content-Type")).contains("application/json");
    assertThat(world().result.json().path("message").asText()).isEqualTo(message);
  }

  @Then("the error message contains {string}")
  public void errorMessageContains(String part) {
    assertThat(world().result.head().header("Content-Type")).contains("application/json");
    assertThat(world().result.json().path("message").asText()).contains(part);
  }

  @Then("the body matches the swagger schema of the {string} response")
  public void matchesSchema(String operationId) {
    JsonNode body = world().result.json();
    assertThat(SwaggerSchemas.responseProblems(operationId, body, false)).as("schema violations of %s", body).isEmpty();
  }

  @Then("the JSON field {string} is {string}")
  public void fieldIs(String path, String value) {
    assertThat(field(path).asText()).as(path).isEqualTo(value);
  }

  @Then("the JSON field {string} is one of {string}")
  public void fieldOneOf(String path, String values) {
    assertThat(List.of(values.split(",\\s*"))).as(path).contains(field(path).asText());
  }

  @Then("the JSON field {string} is a(n) {word}")
  public void fieldType(String path, String type) {
    JsonNode node = field(path);
    boolean ok =
        switch (type) {
          case "string" -> node.isTextual();
          case "integer" -> node.isIntegralNumber();
          case "boolean" -> node.isBoolean();
          case "array" -> node.isArray();
          case "object" -> node.isObject();
          case "positive-integer" -> node.isIntegralNumber() && node.asLong() > 0;
          default -> throw new IllegalArgumentException("unknown type " + type);
        };
    assertThat(ok).as("%s = %s is a %s", path, node, type).isTrue();
  }

  /** A dotted path into the body: {@code Components.0.Name}. */
  static JsonNode field(String path) {
    JsonNode node = World.get().result.json();
    for (String part : path.split("\\.")) {
      node = part.matches("\\d+") ? node.path(Integer.parseInt(part)) : node.path(part);
    }
    assertThat(node.isMissingNode()).as("field %s present", path).isFalse();
    return node;
  }
}
