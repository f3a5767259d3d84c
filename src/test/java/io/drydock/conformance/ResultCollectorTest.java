package io.drydock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ResultCollectorTest {
  @Test
  void pendingAndSkippedAreNotFailuresButUndefinedAndAmbiguousAre() {
    assertThat(ResultCollector.outcome(Status.PASSED)).isEqualTo(Outcome.PASSED);
    assertThat(ResultCollector.outcome(Status.PENDING)).isEqualTo(Outcome.SKIPPED);
    assertThat(ResultCollector.outcome(Status.SKIPPED)).isEqualTo(Outcome.SKIPPED);
    assertThat(ResultCollector.outcome(Status.UNDEFINED)).isEqualTo(Outcome.FAILED);
    assertThat(ResultCollector.outcome(Status.AMBIGUOUS)).isEqualTo(Outcome.FAILED);
    assertThat(ResultCollector.outcome(Status.FAILED)).isEqualTo(Outcome.FAILED);
  }

  @Test
  void theMessageNamesTheFailingStepAndTheAssertion() {
    assertThat(ResultCollector.message(Status.FAILED, new AssertionError("status: expected 400 but was 500"), "Then the status is 400"))
        .isEqualTo("Then the status is 400: status: expected 400 but was 500");
    assertThat(ResultCollector.message(Status.PASSED, null, null)).isEmpty();
    assertThat(ResultCollector.message(Status.UNDEFINED, null, "When I dance")).isEqualTo("When I dance: the step has no definition in the glue");
  }

  @Test
  void aConnectionErrorShowsItsCause() {
    Throwable e = new UncheckedIOException("connect unix:///x.sock", new IOException("Connection refused"));
    assertThat(ResultCollector.message(Status.FAILED, e, null)).isEqualTo("connect unix:///x.sock: Connection refused");
  }

  @Test
  void outlineRowsAreNamedByTheirCells() {
    String source = "Feature: System\n  Scenario Outline: prefixes\n    Examples:\n      | method | path   |\n      | GET    | /_ping |\n";
    assertThat(FeatureSource.title(source, "f")).isEqualTo("System");
    assertThat(FeatureSource.scenarioName("prefixes", source, 5)).isEqualTo("prefixes [GET, /_ping]");
    assertThat(FeatureSource.scenarioName("prefixes", source, 2)).isEqualTo("prefixes");
    assertThat(FeatureSource.title("no title", "f")).isEqualTo("f");
  }
}
