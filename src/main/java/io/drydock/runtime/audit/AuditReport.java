package io.drydock.runtime.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rendering of an audit: a fixed-width table for people, a map (for JSON) for machines. */
public final class AuditReport {
  private AuditReport() {}

  public static String table(AuditFacts f, Expectations e, List<Verdict> verdicts) {
    StringBuilder b = new StringBuilder();
    b.append("pid ").append(f.pid()).append(", compared with ").append(f.reference()).append(", profile ")
        .append(e.privileged() ? "privileged" : "default").append('\n');
    String format = "%-20s %-9s %-64s %s%n";
    b.append(String.format(format, "RULE", "OUTCOME", "EXPECTED", "OBSERVED"));
    for (Verdict v : verdicts) {
      b.append(String.format(format, v.ruleId(), v.outcome(), v.expectation(), v.observed()));
    }
    long failed = verdicts.stream().filter(Verdict::violation).count();
    b.append(failed == 0 ? "no violation" : failed + " violation(s)").append('\n');
    return b.toString();
  }

  /** A JSON-ready tree: pid, reference, profile, violations, rules[{id, outcome, expectation, observed}], maps. */
  public static Map<String, Object> json(AuditFacts f, Expectations e, List<Verdict> verdicts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pid", f.pid());
    m.put("reference", f.reference());
    m.put("profile", e.privileged() ? "privileged" : "default");
    m.put("violations", verdicts.stream().filter(Verdict::violation).count());
    m.put("rules", verdicts.stream().map(v -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", v.ruleId());
      r.put("outcome", v.outcome().name());
      r.put("expectation", v.expectation());
      r.put("observed", v.observed());
      return r;
    }).toList());
    m.put("uidMap", f.uidMap().trim());
    m.put("gidMap", f.gidMap().trim());
    m.put("cgroups", f.cgroupPaths());
    return m;
  }
}
