package io.drydock.conformance;

/**
 * Which scenario a result belongs to, the same on every engine: the feature file and line of the
 * scenario (or of the example row, for an outline), so rows of an outline stay apart.
 *
 * @param feature the feature's title
 * @param scenario the scenario's name, with the example row appended for outline rows
 * @param uri where the feature file is, as Cucumber names it
 * @param line the line of the scenario or example row
 */
public record ScenarioKey(String feature, String scenario, String uri, int line) {
  /** {@code containers.feature:42}: short enough for a table cell. */
  public String location() {
    int slash = uri.lastIndexOf('/');
    return uri.substring(slash + 1) + ":" + line;
  }
}
