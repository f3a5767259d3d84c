package io.drydock.conformance.glue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code GET /events}: opening the stream with times and filters, and watching how it ends. */
public final class EventsSteps {
  private static final Duration HEAD_TIMEOUT = Duration.ofSeconds(5);

  private static World world() {
    return World.get();
  }

  private static void open(String query) {
    World w = world();
    w.streamOpenedNanos = System.nanoTime();
    w.stream = w.client.stream("/v1.41/events" + query, HEAD_TIMEOUT);
  }

  @When("I open the event stream")
  public void openPlain() {
    open("");
  }

  @When("I open the event stream since {int} seconds ago until {int} seconds ago")
  public void openPast(int since, int until) {
    long now = Instant.now().getEpochSecond();
    world().sinceSeconds = now - since;
    world().untilSeconds = now - until;
    open("?since=" + world().sinceSeconds + "&until=" + world().untilSeconds);
  }

  @When("I open the event stream until {int} seconds from now")
  public void openFuture(int until) {
    world().untilSeconds = Instant.now().getEpochSecond() + until;
    open("?until=" + world().untilSeconds);
  }

  @When("I open the event stream with filters {string} until {int} seconds ago")
  public void openFiltered(String filters, int until) {
    long now = Instant.now().getEpochSecond();
    world().sinceSeconds = now - 3600;
    world().untilSeconds = now - until;
    open("?since=" + world().sinceSeconds + "&until=" + world().untilSeconds + "&filters=" + URLEncoder.encode(filters, StandardCharsets.UTF_8));
  }

  /**
   * This scenario's past events, up to a second from now: the stream ends by itself once
   * {@code until} has passed. {@code since} is the scenario's start (to the nanosecond), so a
   * container of the same name in an earlier run against the same engine is not seen.
   */
  @When("I read this scenario's events with filters {string}")
  public void readRecent(String filters) {
    world().untilSeconds = Instant.now().getEpochSecond() + 1;
    open("?since=" + began() + "&until=" + world().untilSeconds + "&filters=" + URLEncoder.encode(filters, StandardCharsets.UTF_8));
    world().streamed = world().stream.readToEnd(Duration.ofSeconds(10));
  }

  /** The first event of this scenario that matches {@code filters}, waiting for it up to {@code seconds}. */
  @When("I wait up to {int} seconds for an event of this scenario with filters {string}")
  public void awaitEvent(int seconds, String filters) {
    world().untilSeconds = Instant.now().getEpochSecond() + seconds;
    open("?since=" + began() + "&until=" + world().untilSeconds + "&filters=" + URLEncoder.encode(filters, StandardCharsets.UTF_8));
    world().streamed = world().stream.next(Duration.ofSeconds(seconds + 2L)).map(List::of).orElse(List.of());
  }

  /** The scenario's start as Docker's {@code seconds.nanoseconds} timestamp. */
  private static String began() {
    Instant t = world().began;
    world().sinceSeconds = t.getEpochSecond();
    return t.getEpochSecond() + "." + String.format("%09d", t.getNano());
  }

  @Then("the streamed actions are {string}")
  public void actions(String expected) {
    String got = String.join(",", world().streamed.stream().map(e -> e.path("Action").asText()).toList());
    Expect.equal(got, expected, "the actions of the streamed events %s", world().streamed);
  }

  @Then("the streamed {string} event has the attribute {string} with the value {string}")
  public void attribute(String action, String key, String value) {
    JsonNode e = world().streamed.stream().filter(n -> n.path("Action").asText().equals(action)).findFirst()
        .orElseThrow(() -> Expect.failure("no %s event in %s", action, world().streamed));
    Expect.equal(e.path("Actor").path("Attributes").path(key).asText(null), value, "attribute %s of %s", key, e);
  }

  @Then("the stream answers {int} with content type {string}")
  public void head(int status, String contentType) {
    Expect.equal(world().stream.head().status(), status, "status of the event stream");
    Expect.equal(world().stream.head().header("Content-Type"), Optional.of(contentType), "Content-Type of the event stream");
  }

  @Then("the stream ends within {int} seconds")
  public void endsWithin(int seconds) {
    world().streamed = world().stream.readToEnd(Duration.ofSeconds(seconds));
    world().streamEndedNanos = System.nanoTime();
  }

  @Then("it ended no sooner than {int} second(s) after it was opened")
  public void endedNoSooner(int seconds) {
    // until has one-second resolution; allow for the part of the second already gone.
    Duration lasted = Duration.ofNanos(world().streamEndedNanos - world().streamOpenedNanos);
    Expect.isTrue(lasted.compareTo(Duration.ofSeconds(seconds).minusMillis(1_000)) > 0, "the stream ended after %s", lasted);
  }

  @Then("the stream is still open after {int} seconds")
  public void stillOpen(int seconds) {
    try {
      Optional<JsonNode> event = world().stream.next(Duration.ofSeconds(seconds));
      throw Expect.failure(event.map(e -> "an event came instead of silence: " + e).orElse("the stream ended within " + seconds + " seconds"));
    } catch (HttpConnection.ReadTimeout expected) {
      // still open: nothing came and the connection stayed up
    }
  }

  @Then("every streamed event matches the swagger schema of the {string} response")
  public void eventsMatchSchema(String operationId) {
    for (JsonNode e : world().streamed) {
      List<String> violations = SwaggerSchemas.responseProblems(operationId, e, false);
      Expect.isTrue(violations.isEmpty(), "schema violations of event %s: %s", e, violations);
    }
  }

  @Then("every streamed event happened between since and until")
  public void eventsWithinWindow() {
    for (JsonNode e : world().streamed) {
      long t = e.path("time").asLong();
      Expect.isTrue(t >= world().sinceSeconds && t <= world().untilSeconds, "event time %d is outside [%d, %d]: %s", t, world().sinceSeconds, world().untilSeconds, e);
    }
  }
}
