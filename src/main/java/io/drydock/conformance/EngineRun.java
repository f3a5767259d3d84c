package io.drydock.conformance;

import java.util.List;

/**
 * The results of running the scenarios against one engine.
 *
 * @param host the endpoint, as given to {@code --host}
 * @param engine what the engine says it is ({@code GET /version})
 * @param brokeOff why the run stopped before the end, empty when it did not
 */
public record EngineRun(String host, String engine, List<ScenarioResult> results, String brokeOff) {
  public EngineRun {
    results = List.copyOf(results);
    brokeOff = brokeOff == null ? "" : brokeOff;
  }

  public long count(Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }
}
