package io.drydock.conformance.glue;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The state of the running scenario, shared by the step classes (Cucumber makes new glue objects
 * per scenario, but without a DI module they cannot share fields). Reset by {@link Hooks}.
 */
final class World {
  private static World current;

  final EngineClient client;
  /** When the scenario began, on this host's clock: the earliest event it may read back. */
  final java.time.Instant began = java.time.Instant.now();
  HttpResult result;
  HttpResult second;
  JsonLineStream stream;
  long streamOpenedNanos;
  long streamEndedNanos;
  java.util.List<JsonNode> streamed = new java.util.ArrayList<>();
  long sinceSeconds;
  long untilSeconds;
  HttpConnection hijacked;
  String execId;
  java.util.Map<String, String> remembered = new java.util.HashMap<>();

  private World(EngineClient client) {
    this.client = client;
  }

  static void reset(EngineClient client) {
    current = new World(client);
  }

  static World get() {
    return current;
  }
}
