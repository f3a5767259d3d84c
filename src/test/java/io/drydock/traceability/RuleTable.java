package io.drydock.traceability;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "## Rules" table of spec/isolation.md as values. Cells list code in backticks: enforcers as
 * fully qualified class names or C source paths, tests as {@code fully.qualified.Class#method}.
 * Every other section (the planned rules included) is ignored.
 */
record RuleTable(List<Rule> rules) {
  /** One row: the id, whether privileged mode waives it, and what the row names. */
  record Rule(String id, boolean waivedByPrivileged, List<String> enforcers, List<String> properties,
      List<String> kernelTests) {}

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final int COLUMNS = 8;

  static RuleTable parse(String markdown) {
    List<Rule> rules = new ArrayList<>();
    boolean inRules = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("## ")) {
        inRules = line.trim().equals("## Rules");
        continue;
      }
      if (!inRules || !line.startsWith("| ISO-")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length != COLUMNS + 2) {
        throw new IllegalArgumentException("spec/isolation.md: a rule row needs " + COLUMNS + " cells: " + line);
      }
      rules.add(new Rule(cells[1].trim(), cells[5].trim().equals("waived"), code(cells[6]), code(cells[7]),
          code(cells[8])));
    }
    return new RuleTable(List.copyOf(rules));
  }

  private static List<String> code(String cell) {
    List<String> out = new ArrayList<>();
    Matcher m = CODE.matcher(cell);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
