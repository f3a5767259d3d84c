package io.drydock.conformance.glue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Optional;

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
    Expect.equal(world().second.head().status(), status, "status of the second response");
    Expect.equal(world().second.text(), body, "body of the second response");
  }

  @When("I send {word} {string} with the JSON body {string}")
  public void sendJson(String method, String target, String json) {
    world().result = world().client.postJson(target, json);
  }

  @Then("the status is {int}")
  public void status(int expected) {
    Expect.equal(world().result.head().status(), expected, "status of a response with body %s", world().result.text().strip());
  }

  @Then("the header {string} is {string}")
  public void header(String name, String value) {
    Expect.equal(world().result.head().header(name), Optional.of(value), "header %s", name);
  }

  /** A header an engine may leave out (dockerd 20.10 sends Builder-Version only when its builder is configured). */
  @Then("the header {string} is absent or one of {string}")
  public void headerAbsentOrOneOf(String name, String values) {
    world().result.head().header(name).ifPresent(actual ->
        Expect.isTrue(List.of(values.split(",\\s*")).contains(actual), "header %s is %s, not one of %s", name, actual, values));
  }

  @Then("the header {string} is one of {string}")
  public void headerOneOf(String name, String values) {
    Optional<String> actual = world().result.head().header(name);
    Expect.isTrue(actual.isPresent(), "header %s is missing", name);
    Expect.isTrue(List.of(values.split(",\\s*")).contains(actual.get()), "header %s is %s, not one of %s", name, actual.get(), values);
  }

  @Then("the body is {string}")
  public void body(String text) {
    Expect.equal(world().result.text(), text, "body");
  }

  /**
   * dockerd writes each JSON body with Go's {@code json.Encoder}, which ends the value with one
   * newline; a length-delimited body counts it in {@code Content-Length}.
   */
  @Then("the body is one JSON value ending with a newline")
  public void bodyEndsWithNewline() {
    HttpResult r = world().result;
    String text = r.text();
    Expect.isTrue(text.endsWith("\n") && !text.endsWith("\n\n") && !text.endsWith("\r\n"),
        "body %s ends with a JSON value and one newline", Expect.show(text));
    r.head().contentLength().ifPresent(n -> Expect.equal(n, (long) r.body().length, "Content-Length against the body's bytes"));
    r.json();
  }

  @Then("the body is empty")
  public void bodyEmpty() {
    Expect.equal(world().result.text(), "", "body");
  }

  @Then("the error message is {string}")
  public void errorMessage(String message) {
    expectJsonContentType();
    Expect.equal(world().result.json().path("message").asText(), message, "error message");
  }

  /** {@code <name>} in the expected message stands for the value remembered as {@code name}. */
  @Then("the error message is {string} with the remembered values")
  public void errorMessageWithRemembered(String template) {
    errorMessage(withRemembered(template));
  }

  @Then("the error message contains {string}")
  public void errorMessageContains(String part) {
    expectJsonContentType();
    String message = world().result.json().path("message").asText();
    Expect.isTrue(message.contains(part), "error message %s does not contain %s", Expect.show(message), Expect.show(part));
  }

  /**
   * For a text that names the engine's own parts (dockerd's runtime is {@code runc}, drydock's its
   * own): {@code pattern} is a Java regular expression the whole message must match.
   */
  @Then("the error message matches {string}")
  public void errorMessageMatches(String pattern) {
    expectJsonContentType();
    String message = world().result.json().path("message").asText();
    Expect.isTrue(message.matches(pattern), "error message %s does not match %s", Expect.show(message), Expect.show(pattern));
  }

  /** As {@link #errorMessageMatches}, for a field of the JSON body. */
  @Then("the JSON field {string} matches {string}")
  public void fieldMatches(String path, String pattern) {
    String value = field(path).asText();
    Expect.isTrue(value.matches(pattern), "JSON field %s, %s, does not match %s", path, Expect.show(value), Expect.show(pattern));
  }

  /**
   * A progress stream (pull, push, load) that failed after it started: 200, and its last JSON
   * message carries the error in {@code error} and {@code errorDetail.message}.
   */
  @Then("the JSON stream ends with an error that contains {string}")
  public void streamEndsWithError(String part) {
    Expect.equal(world().result.head().status(), 200, "status of a stream that failed in-band");
    List<String> lines = world().result.text().lines().filter(l -> !l.isBlank()).toList();
    Expect.isTrue(!lines.isEmpty(), "the stream is empty");
    JsonNode last = JsonLineStream.parse(lines.get(lines.size() - 1));
    String error = last.path("error").asText("");
    Expect.isTrue(!error.isEmpty(), "the last message %s is not an error", Expect.show(lines.get(lines.size() - 1)));
    Expect.equal(last.path("errorDetail").path("message").asText(), error, "errorDetail.message against error");
    Expect.isTrue(error.contains(part), "stream error %s does not contain %s", Expect.show(error), Expect.show(part));
  }

  private static void expectJsonContentType() {
    Optional<String> type = world().result.head().header("Content-Type");
    Expect.isTrue(type.filter(t -> t.contains("application/json")).isPresent(), "Content-Type of an error is %s, not application/json (body %s)", type.orElse("missing"), world().result.text());
  }

  @Then("the body matches the swagger schema of the {string} response")
  public void matchesSchema(String operationId) {
    JsonNode body = world().result.json();
    List<String> violations = SwaggerSchemas.responseProblems(operationId, body, false);
    Expect.isTrue(violations.isEmpty(), "schema violations of the %s response: %s", operationId, violations);
  }

  @Then("the JSON field {string} is {string}")
  public void fieldIs(String path, String value) {
    Expect.equal(field(path).asText(), value, "JSON field %s", path);
  }

  /** A field dockerd leaves out ({@code omitempty}), which is not the same as a null. */
  @Then("the JSON field {string} is absent")
  public void fieldAbsent(String path) {
    JsonNode node = world().result.json();
    for (String part : path.split("\\.")) {
      node = part.matches("\\d+") ? node.path(Integer.parseInt(part)) : node.path(part);
    }
    Expect.isTrue(node.isMissingNode(), "JSON field %s is absent, but it is %s", path, node);
  }

  /** {@code <name>} in the path and the expected text stands for the value remembered as {@code name}. */
  @Then("the JSON field {string} is {string} with the remembered values")
  public void fieldIsWithRemembered(String path, String template) {
    Expect.equal(field(withRemembered(path)).asText(), withRemembered(template), "JSON field %s", path);
  }

  /** {@link #fieldAbsent} for a path naming remembered values ({@code Containers.<id>}). */
  @Then("the JSON field {string} is absent with the remembered values")
  public void fieldAbsentWithRemembered(String path) {
    fieldAbsent(withRemembered(path));
  }

  /** A request whose target names remembered values as {@code <name>}. */
  @When("I send {word} {string} with the remembered values")
  public void sendWithRemembered(String method, String target) {
    world().result = world().client.request(method, withRemembered(target));
  }

  static String withRemembered(String template) {
    String out = template;
    for (var e : world().remembered.entrySet()) {
      out = out.replace("<" + e.getKey() + ">", e.getValue());
    }
    Expect.isTrue(!out.matches("(?s).*<[A-Za-z0-9_-]+>.*"), "every <name> in %s was remembered; remembered are %s", template, world().remembered);
    return out;
  }

  @Then("I remember the JSON field {string} as {string}")
  public void remember(String path, String name) {
    world().remembered.put(name, field(path).asText());
  }

  @Then("I remember the first {int} characters of the JSON field {string} as {string}")
  public void rememberPrefix(int length, String path, String name) {
    String value = field(path).asText();
    Expect.isTrue(value.length() >= length, "JSON field %s has at least %s characters: %s", path, length, Expect.show(value));
    world().remembered.put(name, value.substring(0, length));
  }

  @Then("the JSON field {string} is the remembered {string}")
  public void fieldIsRemembered(String path, String name) {
    String value = world().remembered.get(name);
    Expect.isTrue(value != null && !value.isEmpty(), "a non-empty value was remembered as %s", name);
    Expect.equal(field(path).asText(), value, "JSON field %s", path);
  }

  @Then("the JSON field {string} is one of {string}")
  public void fieldOneOf(String path, String values) {
    String actual = field(path).asText();
    Expect.isTrue(List.of(values.split(",\\s*")).contains(actual), "JSON field %s is %s, not one of %s", path, Expect.show(actual), values);
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
          case "null" -> node.isNull();
          case "positive-integer" -> node.isIntegralNumber() && node.asLong() > 0;
          case "hex-id" -> node.isTextual() && node.asText().matches("[0-9a-f]{64}");
          default -> throw new IllegalArgumentException("unknown type " + type);
        };
    Expect.isTrue(ok, "JSON field %s = %s is not a(n) %s", path, node, type);
  }

  /** A dotted path into the body: {@code Components.0.Name}. */
  static JsonNode field(String path) {
    JsonNode node = World.get().result.json();
    for (String part : path.split("\\.")) {
      node = part.matches("\\d+") ? node.path(Integer.parseInt(part)) : node.path(part);
    }
    Expect.isTrue(!node.isMissingNode(), "JSON field %s is missing in %s", path, World.get().result.text());
    return node;
  }
}
