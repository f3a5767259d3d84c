package io.drydock.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The comparison as Markdown: a summary per engine, then one row per scenario (its name and its
 * feature file and line) with a column per engine ({@code pass}, {@code FAIL: why}, {@code skipped: why}). Pure text, so it can be tested
 * and pasted into the README as the runner wrote it.
 */
public final class MarkdownReport {
  /** Longest failure reason in a cell; the JUnit XML keeps the whole message. */
  static final int CELL_LIMIT = 200;

  private MarkdownReport() {}

  public static String render(ComparisonTable table) {
    List<String> headers = headers(table.engines());
    StringBuilder out = new StringBuilder();
    out.append("| engine | host | passed | failed | skipped |\n|---|---|---:|---:|---:|\n");
    for (int e = 0; e < table.engines().size(); e++) {
      EngineRun run = table.engines().get(e);
      out.append("| ").append(cell(headers.get(e))).append(" | `").append(cell(run.host())).append("` | ")
          .append(run.count(Outcome.PASSED)).append(" | ").append(run.count(Outcome.FAILED)).append(" | ")
          .append(run.count(Outcome.SKIPPED)).append(" |\n");
    }
    for (int e = 0; e < table.engines().size(); e++) {
      EngineRun run = table.engines().get(e);
      if (!run.brokeOff().isEmpty()) {
        out.append("\n").append(cell(headers.get(e))).append(": ").append(cell(run.brokeOff())).append('\n');
      }
    }
    out.append("\n| scenario | where |");
    for (String h : headers) {
      out.append(' ').append(cell(h)).append(" |");
    }
    out.append("\n|---|---|");
    out.append("---|".repeat(headers.size()));
    out.append('\n');
    for (ScenarioKey k : table.scenarios()) {
      out.append("| ").append(cell(k.scenario())).append(" | ").append(cell(k.location())).append(" |");
      for (int e = 0; e < headers.size(); e++) {
        out.append(' ').append(result(table.cell(k, e))).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String result(Optional<ScenarioResult> r) {
    if (r.isEmpty()) {
      return "not run";
    }
    String label = r.get().outcome().label();
    String why = r.get().message();
    if (why.isBlank()) {
      return label;
    }
    String shortWhy = why.length() > CELL_LIMIT ? why.substring(0, CELL_LIMIT) + "…" : why;
    return label + ": " + cell(shortWhy);
  }

  /** Engine names as column headers; the host is added where two engines name themselves alike. */
  static List<String> headers(List<EngineRun> runs) {
    Set<String> seen = new HashSet<>();
    Set<String> duplicated = new HashSet<>();
    for (EngineRun r : runs) {
      if (!seen.add(r.engine())) {
        duplicated.add(r.engine());
      }
    }
    List<String> out = new ArrayList<>();
    for (EngineRun r : runs) {
      out.add(duplicated.contains(r.engine()) ? r.engine() + " (" + r.host() + ")" : r.engine());
    }
    return out;
  }

  /** Text safe inside a table cell: one line, pipes escaped. */
  static String cell(String text) {
    return text.replaceAll("\\s+", " ").trim().replace("|", "\\|");
  }
}
