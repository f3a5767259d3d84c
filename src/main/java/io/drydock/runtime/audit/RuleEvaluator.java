package io.drydock.runtime.audit;

import io.drydock.runtime.audit.Verdict.Outcome;
import io.drydock.runtime.plan.Capability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Facts + expectations → one verdict per {@link AuditRule}, in the rule order of the enum. Pure: the
 * same facts always give the same table. Under the privileged profile a waived rule is reported as
 * WAIVED whatever was observed (the observation is still shown).
 */
public final class RuleEvaluator {
  private RuleEvaluator() {}

  public static List<Verdict> evaluate(AuditFacts f, Expectations e) {
    List<Verdict> out = new ArrayList<>();
    for (AuditRule r : AuditRule.values()) {
      Verdict v = check(r, f, e);
      if (e.privileged() && r.waivedByPrivileged()) {
        v = new Verdict(v.ruleId(), v.expectation(), v.observed(), Outcome.WAIVED);
      }
      out.add(v);
    }
    return List.copyOf(out);
  }

  /** Whether any verdict is a violation: the audit's exit status. */
  public static boolean violated(List<Verdict> verdicts) {
    return verdicts.stream().anyMatch(Verdict::violation);
  }

  private static Verdict check(AuditRule r, AuditFacts f, Expectations e) {
    return switch (r) {
      case NS_PID -> namespace(r, f, "pid");
      case NS_MNT -> namespace(r, f, "mnt");
      case NS_UTS -> namespace(r, f, "uts");
      case NS_IPC -> namespace(r, f, "ipc");
      case NS_NET -> namespace(r, f, "net");
      case CAP_DEFAULT -> capDefault(r, f, e);
      case CAP_BOUNDING -> capBounding(r, f, e);
      case NNP -> verdict(r, "NoNewPrivs 1", "NoNewPrivs " + (f.status().noNewPrivs() ? 1 : 0), f.status().noNewPrivs());
      case SECCOMP_DEFAULT -> seccomp(r, f);
      case ROOTFS_PIVOT -> verdict(r, "root is not the host's /",
          f.rootIsHostRoot() ? "root is the host's /" : "root is a pivoted rootfs", !f.rootIsHostRoot());
      case ROOTFS_RO -> MountRules.rootReadonly(r, f, e);
      case PROC_MASK -> MountRules.masked(r, f, e);
      case PROC_RO -> MountRules.readonly(r, f, e);
      case SYSFS_RO -> MountRules.sysfs(r, f);
      case DEV_MINIMAL -> devices(r, f, e);
      case FD_LEAK -> fds(r, f);
      case CWD_INSIDE -> verdict(r, "cwd below the process's root",
          f.cwdInsideRoot() ? "inside" : "outside the root", f.cwdInsideRoot());
      case CG_MEM -> cgroup(r, f, e, "memory", "memory");
      case CG_PIDS -> cgroup(r, f, e, "pids", "pids");
      case CG_CPU -> cgroup(r, f, e, "cpu", "cpu.quota");
      case RLIMIT_CLAMP -> rlimit(r, f);
      case USERNS_MAP -> userns(r, f);
    };
  }

  static Verdict verdict(AuditRule r, String expectation, String observed, boolean pass) {
    return new Verdict(r.id(), expectation, observed, pass ? Outcome.PASS : Outcome.FAIL);
  }

  private static Verdict namespace(AuditRule r, AuditFacts f, String type) {
    Long own = f.namespaces().get(type);
    Long ref = f.referenceNamespaces().get(type);
    String expectation = type + " namespace differs from " + f.reference() + "'s";
    if (own == null || ref == null) {
      return verdict(r, expectation, "unreadable " + (own == null ? "for the process" : "for " + f.reference()), false);
    }
    String observed = type + ":[" + own + "] vs " + type + ":[" + ref + "]";
    return verdict(r, expectation, observed, !own.equals(ref));
  }

  private static Verdict capDefault(AuditRule r, AuditFacts f, Expectations e) {
    long allowed = Capability.mask(e.defaultCapabilities());
    long held = f.status().capEff() | f.status().capPrm();
    long extra = held & ~allowed;
    return verdict(r, "CapEff and CapPrm within the default set", extra == 0
        ? "CapEff " + hex(f.status().capEff()) + " CapPrm " + hex(f.status().capPrm())
        : "beyond the default set: " + names(extra), extra == 0);
  }

  private static Verdict capBounding(AuditRule r, AuditFacts f, Expectations e) {
    ProcStatus s = f.status();
    long extra = s.capBnd() & ~Capability.mask(e.defaultCapabilities());
    boolean nested = (s.capEff() & ~s.capPrm()) == 0 && (s.capPrm() & ~s.capBnd()) == 0
        && (s.capAmb() & ~(s.capPrm() & s.capInh())) == 0;
    String observed = "CapBnd " + hex(s.capBnd()) + (extra == 0 ? "" : " holds " + names(extra))
        + (nested ? "" : "; sets not nested");
    return verdict(r, "CapBnd within the default set; Eff ⊆ Prm ⊆ Bnd, Amb ⊆ Prm ∩ Inh", observed, extra == 0 && nested);
  }

  private static Verdict seccomp(AuditRule r, AuditFacts f) {
    int mode = f.status().seccompMode();
    boolean filtersOk = f.status().seccompFilters().isEmpty() || f.status().seccompFilters().getAsInt() > 0;
    String filters = f.status().seccompFilters().isPresent() ? ", " + f.status().seccompFilters().getAsInt() + " filter(s)" : "";
    return verdict(r, "Seccomp 2 (filter), at least one filter", "Seccomp " + mode + filters, mode == 2 && filtersOk);
  }

  private static Verdict devices(AuditRule r, AuditFacts f, Expectations e) {
    Set<String> extra = new TreeSet<>(f.devNodes());
    extra.removeAll(e.deviceNodes());
    return verdict(r, "only " + new TreeSet<>(e.deviceNodes()) + " in /dev",
        extra.isEmpty() ? f.devNodes().size() + " default node(s)" : "also " + abbreviate(extra), extra.isEmpty());
  }

  private static Verdict fds(AuditRule r, AuditFacts f) {
    Map<Integer, String> extra = new java.util.TreeMap<>(f.fds());
    extra.keySet().removeIf(fd -> fd <= 2);
    return verdict(r, "no open fd above 2", extra.isEmpty() ? "fds " + new TreeSet<>(f.fds().keySet())
        : "open: " + abbreviate(extra.entrySet().stream().map(x -> x.getKey() + "→" + x.getValue()).toList()), extra.isEmpty());
  }

  private static Verdict cgroup(AuditRule r, AuditFacts f, Expectations e, String controller, String valueKey) {
    String key = f.cgroupPaths().containsKey(controller) ? controller : "";
    String path = f.cgroupPaths().get(key);
    String value = f.cgroupValues().getOrDefault(valueKey, "?");
    String wanted = e.cgroupLimits().get(valueKey);
    String expectation = "own " + controller + " cgroup" + (wanted == null ? "" : ", limit " + wanted);
    if (path == null) {
      return verdict(r, expectation, "no " + controller + " cgroup", false);
    }
    boolean own = !path.equals("/") && !path.equals(f.auditorCgroupPaths().get(key));
    boolean limitOk = wanted == null || sameLimit(valueKey, wanted, value);
    return verdict(r, expectation, path + (own ? "" : " (shared)") + ", limit " + value, own && limitOk);
  }

  /** The kernel rounds a memory limit down to whole pages (up to 64 KiB on some arm64 kernels). */
  static boolean sameLimit(String key, String wanted, String observed) {
    if (wanted.equals(observed)) {
      return true;
    }
    if (!key.equals("memory")) {
      return false;
    }
    try {
      long w = Long.parseLong(wanted);
      long o = Long.parseLong(observed);
      return o <= w && w - o < 65536;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Verdict rlimit(AuditRule r, AuditFacts f) {
    long own = f.openFilesHard();
    long ref = f.referenceOpenFilesHard();
    boolean ok = ref < 0 || (own >= 0 && own <= ref);
    return verdict(r, "open-files hard limit ≤ the auditor's (" + limit(ref) + ")", limit(own), ok);
  }

  /** Without a user namespace of its own the rule holds; with one, uid and gid 0 must not map to host 0. */
  private static Verdict userns(AuditRule r, AuditFacts f) {
    Long own = f.namespaces().get("user");
    String expectation = "no own user namespace, or root mapped to a non-root host id";
    if (own == null || own.equals(f.referenceNamespaces().get("user"))) {
      return verdict(r, expectation, "no user namespace of its own", true);
    }
    boolean uidRoot = mapsRootToRoot(f.uidMap());
    boolean gidRoot = mapsRootToRoot(f.gidMap());
    String observed = "uid_map " + f.uidMap().trim().replaceAll("\\s+", " ") + (uidRoot || gidRoot ? " maps root to host root" : "");
    return verdict(r, expectation, observed, !uidRoot && !gidRoot);
  }

  /** Whether an id_map text maps container id 0 to host id 0. */
  static boolean mapsRootToRoot(String idMap) {
    for (String line : idMap.split("\n")) {
      String[] c = line.trim().split("\\s+");
      if (c.length == 3 && c[0].equals("0") && c[1].equals("0")) {
        return true;
      }
    }
    return false;
  }

  private static String limit(long v) {
    return v < 0 ? "unlimited" : Long.toString(v);
  }

  static String hex(long mask) {
    return String.format("%016x", mask);
  }

  private static String names(long mask) {
    Set<Capability> caps = Capability.fromMask(mask);
    return caps.size() > 4 ? caps.size() + " capabilities incl. " + caps.stream().limit(3).toList() : caps.toString();
  }

  static String abbreviate(java.util.Collection<String> items) {
    List<String> l = List.copyOf(items);
    return l.size() <= 4 ? String.join(", ", l) : String.join(", ", l.subList(0, 4)) + " (+" + (l.size() - 4) + ")";
  }
}
