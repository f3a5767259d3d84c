package io.drydock.runtime.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The mount half of {@link RuleEvaluator}: masked, read-only, sysfs and root, from mountinfo. */
final class MountRules {
  private MountRules() {}

  /** The mount on top at {@code point} (the last line for it: later mounts stack on earlier ones). */
  static Optional<MountEntry> top(List<MountEntry> mounts, String point) {
    MountEntry found = null;
    for (MountEntry m : mounts) {
      if (m.mountPoint().equals(point)) {
        found = m;
      }
    }
    return Optional.ofNullable(found);
  }

  static Verdict masked(AuditRule r, AuditFacts f, Expectations e) {
    List<String> bad = new ArrayList<>();
    int masked = 0;
    for (String p : e.maskedPaths()) {
      if (!f.presentPaths().contains(p)) {
        continue;
      }
      Optional<MountEntry> m = top(f.mounts(), p);
      if (m.isPresent() && (m.get().root().endsWith("/null") || m.get().fsType().equals("tmpfs") && m.get().readOnly())) {
        masked++;
      } else {
        bad.add(p);
      }
    }
    return RuleEvaluator.verdict(r, "masked paths hidden (/dev/null bind or ro tmpfs)",
        bad.isEmpty() ? masked + " masked, others absent" : "visible: " + RuleEvaluator.abbreviate(bad), bad.isEmpty());
  }

  static Verdict readonly(AuditRule r, AuditFacts f, Expectations e) {
    List<String> bad = new ArrayList<>();
    int ro = 0;
    for (String p : e.readonlyPaths()) {
      if (!f.presentPaths().contains(p)) {
        continue;
      }
      Optional<MountEntry> m = top(f.mounts(), p);
      if (m.isPresent() && m.get().readOnly()) {
        ro++;
      } else {
        bad.add(p);
      }
    }
    return RuleEvaluator.verdict(r, "read-only paths mounted ro",
        bad.isEmpty() ? ro + " read-only, others absent" : "writable: " + RuleEvaluator.abbreviate(bad), bad.isEmpty());
  }

  static Verdict sysfs(AuditRule r, AuditFacts f) {
    List<String> rw = f.mounts().stream().filter(m -> m.fsType().equals("sysfs") && !m.readOnly())
        .map(MountEntry::mountPoint).toList();
    return RuleEvaluator.verdict(r, "every sysfs mount ro",
        rw.isEmpty() ? "sysfs ro" : "rw sysfs at " + RuleEvaluator.abbreviate(rw), rw.isEmpty());
  }

  static Verdict rootReadonly(AuditRule r, AuditFacts f, Expectations e) {
    Optional<MountEntry> root = top(f.mounts(), "/");
    String observed = root.map(m -> m.readOnly() ? "/ ro" : "/ rw").orElse("no / mount");
    if (!e.readonlyRootfs()) {
      return new Verdict(r.id(), "read-only root only when asked (not asked)", observed, Verdict.Outcome.NOT_ASKED);
    }
    return RuleEvaluator.verdict(r, "/ mounted ro", observed, root.isPresent() && root.get().readOnly());
  }
}
