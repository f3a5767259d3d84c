package io.drydock.conformance;

import java.util.List;

/** Small hand-made results for the table tests. */
final class Results {
  static final ScenarioKey PING = new ScenarioKey("System endpoints", "GET /_ping answers OK", "/x/features/system.feature", 6);
  static final ScenarioKey INFO = new ScenarioKey("System endpoints", "GET /info reports true figures", "/x/features/system.feature", 55);
  static final ScenarioKey HELLO = new ScenarioKey("Image endpoints", "the image list shows hello:latest", "/x/features/images.feature", 6);

  private Results() {}

  static ScenarioResult pass(ScenarioKey k) {
    return new ScenarioResult(k, Outcome.PASSED, "");
  }

  static ScenarioResult fail(ScenarioKey k, String why) {
    return new ScenarioResult(k, Outcome.FAILED, why);
  }

  static ScenarioResult skip(ScenarioKey k, String why) {
    return new ScenarioResult(k, Outcome.SKIPPED, why);
  }

  static EngineRun run(String host, String engine, ScenarioResult... results) {
    return new EngineRun(host, engine, List.of(results), "");
  }
}
