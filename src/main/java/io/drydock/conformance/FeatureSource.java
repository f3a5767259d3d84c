package io.drydock.conformance;

import java.util.List;

/** Reads what the table shows from a feature file's text: its title and an example row. */
final class FeatureSource {
  private FeatureSource() {}

  /** The text after {@code Feature:}, or {@code fallback} when there is none. */
  static String title(String source, String fallback) {
    for (String line : source.lines().toList()) {
      String t = line.trim();
      if (t.startsWith("Feature:")) {
        return t.substring("Feature:".length()).trim();
      }
    }
    return fallback;
  }

  /**
   * The scenario's name as a row of the table: for an outline's example row (a line starting with
   * {@code |}) the row's cells are appended, since every row of an outline has the same name.
   */
  static String scenarioName(String name, String source, int line) {
    List<String> lines = source.lines().toList();
    if (line < 1 || line > lines.size()) {
      return name;
    }
    String text = lines.get(line - 1).trim();
    if (!text.startsWith("|")) {
      return name;
    }
    String cells = String.join(", ", text.replaceAll("^\\||\\|$", "").trim().split("\\s*\\|\\s*"));
    return name + " [" + cells + "]";
  }
}
