package io.drydock.conformance;

import static io.drydock.conformance.Results.HELLO;
import static io.drydock.conformance.Results.INFO;
import static io.drydock.conformance.Results.PING;
import static io.drydock.conformance.Results.fail;
import static io.drydock.conformance.Results.pass;
import static io.drydock.conformance.Results.run;
import static io.drydock.conformance.Results.skip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {
  @Test
  void rowsAreEveryScenarioOfAnyEngineInTheOrderFirstSeen() {
    ComparisonTable t = ComparisonTable.of(List.of(
        run("unix:///a", "drydock dev", pass(PING), pass(HELLO)),
        run("unix:///b", "Docker Engine 20.10", pass(PING), fail(INFO, "MemTotal"), fail(HELLO, "404"))));
    assertThat(t.scenarios()).containsExactly(PING, HELLO, INFO);
    assertThat(t.cell(HELLO, 0)).map(ScenarioResult::outcome).contains(Outcome.PASSED);
    assertThat(t.cell(HELLO, 1)).map(ScenarioResult::message).contains("404");
    assertThat(t.cell(INFO, 0)).isEmpty();
  }

  @Test
  void allPassedOrSkippedOnlyWhenNoCellFailedOrIsMissing() {
    assertThat(ComparisonTable.of(List.of(run("unix:///a", "a", pass(PING), skip(INFO, "gap")))).allPassedOrSkipped()).isTrue();
    assertThat(ComparisonTable.of(List.of(run("unix:///a", "a", pass(PING), fail(INFO, "x")))).allPassedOrSkipped()).isFalse();
    assertThat(ComparisonTable.of(List.of(run("unix:///a", "a", pass(PING)), run("unix:///b", "b", pass(PING), pass(INFO)))).allPassedOrSkipped())
        .as("a row the first engine never ran").isFalse();
  }

  @Test
  void aTableNeedsAnEngine() {
    assertThatThrownBy(() -> ComparisonTable.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
