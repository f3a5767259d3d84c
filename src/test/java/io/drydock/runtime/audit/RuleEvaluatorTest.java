package io.drydock.runtime.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.audit.Verdict.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule evaluator on facts built from recorded texts: each rule can pass and each can fail. */
class RuleEvaluatorTest {
  private static Map<String, Outcome> outcomes(AuditFacts f, Expectations e) {
    return RuleEvaluator.evaluate(f, e).stream().collect(Collectors.toMap(Verdict::ruleId, Verdict::outcome));
  }

  private static AuditFacts with(Function<Object[], Object[]> edit) {
    AuditFacts f = RecordedTexts.container();
    Object[] c = {f.pid(), f.reference(), f.namespaces(), f.referenceNamespaces(), f.status(), f.mounts(), f.rootIsHostRoot(),
        f.cwdInsideRoot(), f.fds(), f.cgroupPaths(), f.auditorCgroupPaths(), f.cgroupValues(), f.openFilesHard(),
        f.referenceOpenFilesHard(), f.uidMap(), f.gidMap(), f.devNodes(), f.presentPaths()};
    Object[] x = edit.apply(c);
    @SuppressWarnings("unchecked")
    AuditFacts out = new AuditFacts((Integer) x[0], (String) x[1], (Map<String, Long>) x[2], (Map<String, Long>) x[3],
        (ProcStatus) x[4], (List<MountEntry>) x[5], (Boolean) x[6], (Boolean) x[7], (Map<Integer, String>) x[8],
        (Map<String, String>) x[9], (Map<String, String>) x[10], (Map<String, String>) x[11], (Long) x[12], (Long) x[13],
        (String) x[14], (String) x[15], (Set<String>) x[16], (Set<String>) x[17]);
    return out;
  }

  private static AuditFacts set(int index, Object value) {
    return with(c -> {
      c[index] = value;
      return c;
    });
  }

  @Test
  void theRecordedContainerPassesEveryRuleButTheUnaskedReadonlyRoot() {
    Map<String, Outcome> o = outcomes(RecordedTexts.container(), Expectations.defaults(false));
    assertThat(o).hasSize(AuditRule.values().length);
    assertThat(o).containsEntry("ISO-ROOTFS-RO", Outcome.NOT_ASKED);
    o.remove("ISO-ROOTFS-RO");
    assertThat(o.values()).containsOnly(Outcome.PASS);
    assertThat(outcomes(RecordedTexts.container(), Expectations.defaults(false).withReadonlyRootfs(true)))
        .containsEntry("ISO-ROOTFS-RO", Outcome.PASS);
  }

  @Test
  void sharedNamespacesFailAndUnreadableOnesToo() {
    AuditFacts shared = set(2, RecordedTexts.namespaces(200));
    assertThat(outcomes(shared, Expectations.defaults(false))).containsEntry("ISO-NS-PID", Outcome.FAIL)
        .containsEntry("ISO-NS-NET", Outcome.FAIL);
    AuditFacts unreadable = set(2, Map.of("pid", 1L));
    Verdict net = RuleEvaluator.evaluate(unreadable, Expectations.defaults(false)).stream()
        .filter(v -> v.ruleId().equals("ISO-NS-NET")).findFirst().orElseThrow();
    assertThat(net.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(net.observed()).isEqualTo("unreadable for the process");
  }

  @Test
  void theHostsCapabilitiesNoSeccompAndNoNoNewPrivsFail() {
    AuditFacts host = set(4, ProcStatus.parse(RecordedTexts.text("host-status.txt")));
    Map<String, Outcome> o = outcomes(host, Expectations.defaults(false));
    assertThat(o).containsEntry("ISO-CAP-DEFAULT", Outcome.FAIL).containsEntry("ISO-CAP-BOUNDING", Outcome.FAIL)
        .containsEntry("ISO-NNP", Outcome.FAIL).containsEntry("ISO-SECCOMP-DEFAULT", Outcome.FAIL);
    Map<String, Outcome> privileged = outcomes(host, Expectations.defaults(true));
    assertThat(privileged).containsEntry("ISO-CAP-DEFAULT", Outcome.WAIVED).containsEntry("ISO-SECCOMP-DEFAULT", Outcome.WAIVED);
    assertThat(RuleEvaluator.violated(RuleEvaluator.evaluate(host, Expectations.defaults(true)))).isFalse();
  }

  @Test
  void unmaskedPathsWritableSysfsAndHostMountsFail() {
    AuditFacts hostMounts = set(5, MountEntry.parseAll(RecordedTexts.text("host-mountinfo.txt")));
    Map<String, Outcome> o = outcomes(hostMounts, Expectations.defaults(false));
    assertThat(o).containsEntry("ISO-PROC-MASK", Outcome.FAIL).containsEntry("ISO-PROC-RO", Outcome.FAIL)
        .containsEntry("ISO-SYSFS-RO", Outcome.FAIL);
  }

  @Test
  void leakedFdsAForeignCwdHostDevicesAndTheHostRootFail() {
    assertThat(outcomes(set(8, Map.of(0, "a", 1, "b", 2, "c", 5, "/etc/shadow")), Expectations.defaults(false)))
        .containsEntry("ISO-FD-LEAK", Outcome.FAIL);
    assertThat(outcomes(set(7, false), Expectations.defaults(false))).containsEntry("ISO-CWD-INSIDE", Outcome.FAIL);
    assertThat(outcomes(set(16, Set.of("null", "sda")), Expectations.defaults(false))).containsEntry("ISO-DEV-MINIMAL", Outcome.FAIL);
    assertThat(outcomes(set(6, true), Expectations.defaults(false))).containsEntry("ISO-ROOTFS-PIVOT", Outcome.FAIL);
  }

  @Test
  void theAuditorsCgroupTheRootCgroupOrAnotherLimitFail() {
    AuditFacts auditorsOwn = set(9, ProcTexts.cgroupPaths(RecordedTexts.text("host-cgroup.txt")));
    assertThat(outcomes(auditorsOwn, Expectations.defaults(false))).containsEntry("ISO-CG-MEM", Outcome.FAIL)
        .containsEntry("ISO-CG-PIDS", Outcome.FAIL).containsEntry("ISO-CG-CPU", Outcome.FAIL);
    Expectations limits = Expectations.defaults(false).withCgroupLimits(Map.of("memory", "1048576", "pids", "64"));
    assertThat(outcomes(RecordedTexts.container(), limits)).containsEntry("ISO-CG-MEM", Outcome.FAIL)
        .containsEntry("ISO-CG-PIDS", Outcome.PASS);
  }

  @Test
  void aUserNamespaceMappingRootToTheHostsRootFails() {
    Map<String, Long> ownUser = new java.util.HashMap<>(RecordedTexts.namespaces(100));
    ownUser.put("user", 7L);
    AuditFacts identity = with(c -> {
      c[2] = ownUser;
      c[14] = RecordedTexts.text("runc-uid_map.txt");
      return c;
    });
    assertThat(outcomes(identity, Expectations.defaults(false))).containsEntry("ISO-USERNS-MAP", Outcome.FAIL);
    AuditFacts remapped = with(c -> {
      c[2] = ownUser;
      c[14] = "         0     200000      65536\n";
      c[15] = "         0     200000      65536\n";
      return c;
    });
    assertThat(outcomes(remapped, Expectations.defaults(false))).containsEntry("ISO-USERNS-MAP", Outcome.PASS);
    assertThat(outcomes(RecordedTexts.container(), Expectations.defaults(false))).containsEntry("ISO-USERNS-MAP", Outcome.PASS);
  }

  @Test
  void aMemoryLimitRoundedDownToPagesIsTheAskedOne() {
    assertThat(RuleEvaluator.sameLimit("memory", "100000000", "99999744")).isTrue();
    assertThat(RuleEvaluator.sameLimit("memory", "100000000", "100003840")).isFalse();
    assertThat(RuleEvaluator.sameLimit("memory", "100000000", "max")).isFalse();
    assertThat(RuleEvaluator.sameLimit("pids", "64", "63")).isFalse();
  }

  @Test
  void anOpenFilesLimitAboveTheAuditorsFails() {
    assertThat(outcomes(set(12, 40000L), Expectations.defaults(false))).containsEntry("ISO-RLIMIT-CLAMP", Outcome.FAIL);
    assertThat(outcomes(set(12, -1L), Expectations.defaults(false))).containsEntry("ISO-RLIMIT-CLAMP", Outcome.FAIL);
  }

  @Test
  void theTableAndTheJsonShowEveryRule() {
    AuditFacts f = RecordedTexts.container();
    List<Verdict> v = RuleEvaluator.evaluate(f, Expectations.defaults(false));
    String table = AuditReport.table(f, Expectations.defaults(false), v);
    for (AuditRule r : AuditRule.values()) {
      assertThat(table).contains(r.id());
    }
    assertThat(table).endsWith("no violation\n");
    assertThat(AuditReport.json(f, Expectations.defaults(false), v)).containsEntry("violations", 0L).containsEntry("pid", 42);
  }
}
