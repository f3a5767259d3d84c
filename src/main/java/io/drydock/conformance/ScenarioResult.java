package io.drydock.conformance;

/**
 * One scenario's outcome on one engine.
 *
 * @param message why it failed or was skipped (the failing step and the assertion), empty when it passed
 */
public record ScenarioResult(ScenarioKey key, Outcome outcome, String message) {
  public ScenarioResult {
    message = message == null ? "" : message;
  }
}
