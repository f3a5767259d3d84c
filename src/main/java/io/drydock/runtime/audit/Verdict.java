package io.drydock.runtime.audit;

/** One row of an audit: a rule, what spec/isolation.md expects, what the kernel showed, the outcome. */
public record Verdict(String ruleId, String expectation, String observed, Outcome outcome) {
  /** PASS and FAIL as observed; WAIVED: the profile gives the rule up; NOT_ASKED: an opt-in rule not asked for. */
  public enum Outcome { PASS, FAIL, WAIVED, NOT_ASKED }

  public boolean violation() {
    return outcome == Outcome.FAIL;
  }
}
