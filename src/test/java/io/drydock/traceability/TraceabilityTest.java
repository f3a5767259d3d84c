package io.drydock.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.audit.AuditRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * spec/isolation.md against the code and the tests: every rule names existing enforcing code and
 * has a property and a kernel test (named in the table or annotated with {@code @IsolationRule});
 * spec/traceability.md is exactly what this test generates ({@code -Ddrydock.spec.update=true}
 * rewrites it); and {@code drydock audit} checks exactly the spec's rules with its waivers.
 */
class TraceabilityTest {
  private static final Path SPEC = Path.of("spec/isolation.md");
  private static final Path GENERATED = Path.of("spec/traceability.md");
  private static Traceability trace;

  @BeforeAll
  static void load() throws IOException {
    trace = new Traceability(RuleTable.parse(Files.readString(SPEC)), TestIndex.annotated(),
        TraceabilityTest::enforcerExists, TestIndex::kindOf);
  }

  static boolean enforcerExists(String code) {
    if (code.contains("/")) {
      return Files.isRegularFile(Path.of(code));
    }
    try {
      Class.forName(code, false, TraceabilityTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Test
  void everyRuleHasItsEnforcementItsPropertyAndItsKernelTest() {
    assertThat(trace.table().rules()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(trace.problems()).isEmpty();
  }

  @Test
  void theCommittedTraceabilityTableIsTheGeneratedOne() throws IOException {
    String generated = trace.render();
    if (Boolean.getBoolean("drydock.spec.update")) {
      Files.writeString(GENERATED, generated, StandardCharsets.UTF_8);
    }
    assertThat(GENERATED).as("spec/traceability.md is stale: rerun with -Ddrydock.spec.update=true").exists();
    assertThat(Files.readString(GENERATED)).as("spec/traceability.md is stale: rerun with -Ddrydock.spec.update=true")
        .isEqualTo(generated);
  }

  @Test
  void theAuditChecksTheSpecsRulesWithTheSpecsWaivers() {
    Map<String, Boolean> spec = trace.table().rules().stream()
        .collect(Collectors.toMap(RuleTable.Rule::id, RuleTable.Rule::waivedByPrivileged));
    for (AuditRule r : AuditRule.values()) {
      assertThat(spec).as("audited rule %s is in spec/isolation.md", r.id()).containsKey(r.id());
      assertThat(spec.get(r.id())).as("%s waived by --privileged", r.id()).isEqualTo(r.waivedByPrivileged());
    }
  }
}
