package io.drydock.conformance;

import static io.drydock.conformance.Results.HELLO;
import static io.drydock.conformance.Results.INFO;
import static io.drydock.conformance.Results.PING;
import static io.drydock.conformance.Results.fail;
import static io.drydock.conformance.Results.pass;
import static io.drydock.conformance.Results.run;
import static io.drydock.conformance.Results.skip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private static final ComparisonTable TWO_ENGINES = ComparisonTable.of(List.of(
      run("unix:///run/drydock.sock", "drydock dev", pass(PING), skip(INFO, "tagged @not-yet-implemented"), pass(HELLO)),
      run("unix:///tmp/d.sock", "Docker Engine 20.10.24", pass(PING), fail(INFO, "Then the status is 200: status\nexpected 200 but was 500 | x"))));

  @Test
  void summaryCountsEachEngine() {
    String md = MarkdownReport.render(TWO_ENGINES);
    assertThat(md).contains("| drydock dev | `unix:///run/drydock.sock` | 2 | 0 | 1 |");
    assertThat(md).contains("| Docker Engine 20.10.24 | `unix:///tmp/d.sock` | 1 | 1 | 0 |");
  }

  @Test
  void oneRowPerScenarioWithACellPerEngineSideBySide() {
    List<String> lines = MarkdownReport.render(TWO_ENGINES).lines().toList();
    assertThat(lines).contains("| scenario | where | drydock dev | Docker Engine 20.10.24 |");
    assertThat(lines).contains("| GET /_ping answers OK | system.feature:6 | pass | pass |");
    assertThat(lines).contains("| GET /info reports true figures | system.feature:55 | skipped: tagged @not-yet-implemented | "
        + "FAIL: Then the status is 200: status expected 200 but was 500 \\| x |");
    assertThat(lines).contains("| the image list shows hello:latest | images.feature:6 | pass | not run |");
  }

  @Test
  void everyTableRowHasAsManyCellsAsTheHeader() {
    for (String line : MarkdownReport.render(TWO_ENGINES).lines().filter(l -> l.startsWith("| ") && l.contains(".feature:")).toList()) {
      assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).as(line).isEqualTo(5);
    }
  }

  @Test
  void longReasonsAreCutInTheCell() {
    String md = MarkdownReport.render(ComparisonTable.of(List.of(run("unix:///a", "a", fail(PING, "x".repeat(1000))))));
    assertThat(md).contains("FAIL: " + "x".repeat(MarkdownReport.CELL_LIMIT) + "…").doesNotContain("x".repeat(MarkdownReport.CELL_LIMIT + 1));
  }

  @Test
  void enginesThatNameThemselvesAlikeAreToldApartByHost() {
    List<String> headers = MarkdownReport.headers(List.of(run("unix:///a", "drydock dev"), run("tcp://127.0.0.1:2375", "drydock dev"), run("unix:///c", "podman")));
    assertThat(headers).containsExactly("drydock dev (unix:///a)", "drydock dev (tcp://127.0.0.1:2375)", "podman");
  }

  @Test
  void aRunThatBrokeOffSaysWhy() {
    EngineRun broken = new EngineRun("unix:///a", "a", List.of(pass(PING)), "the run broke off: boom");
    assertThat(MarkdownReport.render(ComparisonTable.of(List.of(broken)))).contains("a: the run broke off: boom");
  }
}
