package io.drydock.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The traceability check itself, on an in-memory rule table: it fails where it must. */
class TraceabilityCheckTest {
  private static final String TABLE = String.join("\n",
      "# Isolation rules", "", "## Rules", "",
      "| ID | Statement | Default | Change | --privileged | Enforced by | Property | Kernel test |",
      "|---|---|---|---|---|---|---|---|",
      "| ISO-A | traced | on | no | kept | `x.Enforcer` | `x.P#a` | `x.K#a` |",
      "| ISO-B | no property | on | no | waived | `x.Enforcer` | annotated | `x.K#b` |",
      "| ISO-C | annotated only | on | no | kept | `src/c.c` | annotated | annotated |",
      "", "## Planned rules", "", "| ISO-D | ignored | nothing |", "");

  private static final Map<String, TestKind> METHODS = Map.of("x.P#a", TestKind.PROPERTY, "x.K#a", TestKind.KERNEL,
      "x.K#b", TestKind.KERNEL, "x.Plain#c", TestKind.OTHER);

  private static Traceability trace(Map<String, List<TestRef>> annotated) {
    return new Traceability(RuleTable.parse(TABLE), annotated, code -> code.equals("x.Enforcer") || code.equals("src/c.c"),
        name -> Optional.ofNullable(METHODS.get(name)));
  }

  private static Map<String, List<TestRef>> fullC() {
    return Map.of("ISO-C", List.of(new TestRef("x.Q#c", TestKind.PROPERTY, true), new TestRef("x.L#c", TestKind.KERNEL, true)));
  }

  @Test
  void onlyTheRulesTableIsParsed() {
    assertThat(RuleTable.parse(TABLE).rules()).extracting(RuleTable.Rule::id).containsExactly("ISO-A", "ISO-B", "ISO-C");
    assertThat(RuleTable.parse(TABLE).rules().get(1).waivedByPrivileged()).isTrue();
  }

  @Test
  void aRuleWithoutItsPropertyFails() {
    assertThat(trace(fullC()).problems()).containsExactly("ISO-B: no property checks its decision");
  }

  @Test
  void anAnnotatedPropertyCompletesTheRule() {
    Map<String, List<TestRef>> annotated = new java.util.HashMap<>(fullC());
    annotated.put("ISO-B", List.of(new TestRef("x.P#b", TestKind.PROPERTY, true)));
    assertThat(trace(annotated).problems()).isEmpty();
  }

  @Test
  void missingCodeUnknownRulesAndWrongKindsAreEachReported() {
    String broken = TABLE.replace("`x.Enforcer` | `x.P#a` | `x.K#a`", "`x.Gone` | `x.K#a` | `x.Missing#a`");
    Map<String, List<TestRef>> annotated = new java.util.HashMap<>(fullC());
    annotated.put("ISO-B", List.of(new TestRef("x.P#b", TestKind.PROPERTY, true)));
    annotated.put("ISO-Z", List.of(new TestRef("x.Plain#c", TestKind.OTHER, true)));
    Traceability t = new Traceability(RuleTable.parse(broken), annotated, code -> code.equals("x.Enforcer") || code.equals("src/c.c"),
        name -> Optional.ofNullable(METHODS.get(name)));
    assertThat(t.problems()).containsExactlyInAnyOrder(
        "ISO-A: enforcing code x.Gone does not exist",
        "ISO-A: named test x.Missing#a does not exist",
        "ISO-A: x.K#a is not a jqwik @Property",
        "ISO-A: no property checks its decision",
        "ISO-Z: annotated on x.Plain#c but not a rule of the spec",
        "x.Plain#c: @IsolationRule on a test that is neither a property nor a kernel test");
  }

  @Test
  void theGeneratedTableListsNamedAndAnnotatedTests() {
    String md = trace(fullC()).render();
    assertThat(md).contains("| ISO-A | `x.Enforcer` | `x.P#a` (named) | `x.K#a` (named) |")
        .contains("| ISO-C | `src/c.c` | `x.Q#c` (annotated) | `x.L#c` (annotated) |")
        .doesNotContain("ISO-D");
  }
}
