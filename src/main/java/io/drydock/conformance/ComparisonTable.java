package io.drydock.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scenario × engine: the runs of several engines merged side by side. A row is a scenario seen on
 * any engine, in the order first seen; a cell is empty where that engine did not run it (a
 * scenario it never reached, or one the runs did not share).
 */
public final class ComparisonTable {
  private final List<EngineRun> runs;
  private final List<ScenarioKey> rows;
  private final List<Map<ScenarioKey, ScenarioResult>> cells;

  private ComparisonTable(List<EngineRun> runs) {
    this.runs = List.copyOf(runs);
    Set<ScenarioKey> seen = new LinkedHashSet<>();
    cells = new ArrayList<>();
    for (EngineRun run : runs) {
      Map<ScenarioKey, ScenarioResult> byKey = new LinkedHashMap<>();
      for (ScenarioResult r : run.results()) {
        seen.add(r.key());
        byKey.put(r.key(), r);
      }
      cells.add(byKey);
    }
    rows = List.copyOf(seen);
  }

  public static ComparisonTable of(List<EngineRun> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a comparison needs at least one engine run");
    }
    return new ComparisonTable(runs);
  }

  public List<EngineRun> engines() {
    return runs;
  }

  public List<ScenarioKey> scenarios() {
    return rows;
  }

  /** The result of {@code scenario} on the {@code engine}-th engine, if it ran there. */
  public Optional<ScenarioResult> cell(ScenarioKey scenario, int engine) {
    return Optional.ofNullable(cells.get(engine).get(scenario));
  }

  /** Whether no engine failed any scenario and every engine ran every row. */
  public boolean allPassedOrSkipped() {
    for (int e = 0; e < runs.size(); e++) {
      for (ScenarioKey k : rows) {
        Optional<ScenarioResult> r = cell(k, e);
        if (r.isEmpty() || r.get().outcome() == Outcome.FAILED) {
          return false;
        }
      }
    }
    return true;
  }
}
