package io.drydock.runtime.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.audit.Verdict.Outcome;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The evaluator for any capability and seccomp state: privileged never fails a waived rule, nesting is checked. */
class RuleEvaluatorProperties {
  private static AuditFacts withStatus(ProcStatus s) {
    AuditFacts f = RecordedTexts.container();
    return new AuditFacts(f.pid(), f.reference(), f.namespaces(), f.referenceNamespaces(), s, f.mounts(), f.rootIsHostRoot(),
        f.cwdInsideRoot(), f.fds(), f.cgroupPaths(), f.auditorCgroupPaths(), f.cgroupValues(), f.openFilesHard(),
        f.referenceOpenFilesHard(), f.uidMap(), f.gidMap(), f.devNodes(), f.presentPaths());
  }

  @Property(tries = 300)
  void privilegedWaivesExactlyItsRulesAndKeepsTheOthers(@ForAll long eff, @ForAll long prm, @ForAll long bnd,
      @ForAll boolean nnp, @ForAll boolean seccomp) {
    AuditFacts f = withStatus(new ProcStatus(0, prm, eff, bnd, 0, nnp, seccomp ? 2 : 0, OptionalInt.of(seccomp ? 1 : 0)));
    List<Verdict> strict = RuleEvaluator.evaluate(f, Expectations.defaults(false));
    List<Verdict> privileged = RuleEvaluator.evaluate(f, Expectations.defaults(true));
    for (int i = 0; i < strict.size(); i++) {
      AuditRule r = AuditRule.values()[i];
      assertThat(privileged.get(i).ruleId()).isEqualTo(r.id());
      assertThat(privileged.get(i).outcome()).isEqualTo(r.waivedByPrivileged() ? Outcome.WAIVED : strict.get(i).outcome());
      assertThat(privileged.get(i).observed()).isEqualTo(strict.get(i).observed());
    }
  }

  @Property(tries = 300)
  void capabilityRulesPassExactlyForNestedSetsWithinTheDefault(@ForAll long eff, @ForAll long prm, @ForAll long bnd,
      @ForAll long inh, @ForAll long amb) {
    long allowed = io.drydock.runtime.plan.Capability.mask(Expectations.DOCKER_DEFAULT_CAPS);
    long e = eff & allowed;
    long p = prm & allowed;
    long b = bnd & allowed;
    AuditFacts f = withStatus(new ProcStatus(inh, p, e, b, amb, true, 2, OptionalInt.of(1)));
    boolean nested = (e & ~p) == 0 && (p & ~b) == 0 && (amb & ~(p & inh)) == 0;
    Verdict bounding = RuleEvaluator.evaluate(f, Expectations.defaults(false)).get(AuditRule.CAP_BOUNDING.ordinal());
    assertThat(bounding.outcome()).isEqualTo(nested ? Outcome.PASS : Outcome.FAIL);
    Verdict dflt = RuleEvaluator.evaluate(f, Expectations.defaults(false)).get(AuditRule.CAP_DEFAULT.ordinal());
    assertThat(dflt.outcome()).isEqualTo(Outcome.PASS);
  }
}
