package io.drydock.conformance;

/** What became of one scenario on one engine. */
public enum Outcome {
  PASSED("pass"),
  FAILED("FAIL"),
  SKIPPED("skipped");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  /** The word in the table; a failure is in capitals so it stands out in a column of passes. */
  public String label() {
    return label;
  }
}
