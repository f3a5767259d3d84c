package io.drydock.runtime.plan;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.NamespaceType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a launch, runc's order: join namespaces (user first, mount last), clone, id maps
 * and cgroups from outside, then inside the init: cgroup namespace, session, hostname, the file
 * system up to pivot_root, sysctls, read-only and masked paths, limits, wait for start, drop
 * privileges, seccomp last, and exec with every other fd closed and the cwd inside the container.
 * The hook points sit where runc has them: prestart/createRuntime and createContainer after the
 * mounts, before pivot_root; the terminal right after pivot_root; startContainer just before exec.
 */
final class StepSequencer {
  private StepSequencer() {}

  static List<Step> sequence(LaunchPlan p) {
    List<Step> s = new ArrayList<>();
    if (p.terminal().isPresent()) {
      // first, while the helper still sees the host's files: an exec joins the container's mounts next
      s.add(new Step.ConsoleSocket(p.consoleSocket().orElseThrow(() -> new DrydockException.InvalidArgument(
          "process.terminal is true but no console socket was given to receive the pty master (--console-socket)"))));
    }
    joins(p, s);
    p.execFifo().ifPresent(f -> s.add(new Step.OpenExecFifo(f)));
    s.add(new Step.Clone(cloneFlags(p), p.monitor()));
    p.uidMap().ifPresent(m -> s.add(new Step.UidMap(m)));
    p.gidMap().ifPresent(m -> s.add(new Step.GidMap(m)));
    p.cgroupProcsFiles().forEach(f -> s.add(new Step.CgroupProcs(f.toString())));
    if (creates(p, NamespaceType.CGROUP)) {
      s.add(new Step.Unshare(LinuxAbi.CLONE_NEWCGROUP));
    }
    s.add(new Step.Setsid());
    if (creates(p, NamespaceType.USER)) {
      // become the namespace's root first, so files the init creates are owned by a mapped id
      s.add(new Step.SetGid(0));
      s.add(new Step.SetUid(0));
    }
    p.oomScoreAdj().ifPresent(v -> s.add(new Step.WriteFile("/proc/self/oom_score_adj", Integer.toString(v))));
    if (creates(p, NamespaceType.NETWORK)) {
      s.add(new Step.LinkUp("lo"));
    }
    p.hostname().ifPresent(h -> s.add(new Step.SetHostname(h)));
    p.domainname().ifPresent(d -> s.add(new Step.SetDomainname(d)));
    p.filesystem().ifPresent(fs -> {
      s.add(new Step.RootPropagation(fs.rootPropagation()));
      s.add(new Step.BindRootfs(fs.rootfs()));
      s.addAll(fs.mounts());
      if (p.hooks().sync()) {
        s.add(new Step.HookSync());
      }
      s.addAll(p.hooks().createContainer());
      s.add(new Step.PivotRoot());
    });
    p.terminal().ifPresent(t -> s.add(t.ownedBy(p.user().uid())));
    p.sysctls().forEach((k, v) -> s.add(new Step.WriteFile("/proc/sys/" + k.replace('.', '/'), v)));
    p.filesystem().ifPresent(fs -> {
      fs.readonlyPaths().forEach(r -> s.add(new Step.ReadonlyPath(r)));
      fs.maskedPaths().forEach(m -> s.add(new Step.MaskPath(m)));
      if (fs.readonlyRoot()) {
        s.add(new Step.RemountRootReadonly());
      }
    });
    s.addAll(p.rlimits());
    p.execFifo().ifPresent(f -> s.add(new Step.WaitStart()));
    if (!p.noNewPrivileges()) {
      p.seccompFilter().ifPresent(s::add);
    }
    privileges(p, s);
    s.add(new Step.CloseFds());
    s.add(new Step.Chdir(p.cwd()));
    s.addAll(p.hooks().startContainer());
    if (p.noNewPrivileges()) {
      p.seccompFilter().ifPresent(s::add);
    }
    s.add(new Step.Exec(p.executable(), p.args(), p.env()));
    return List.copyOf(s);
  }

  private static void joins(LaunchPlan p, List<Step> s) {
    p.namespaces().stream()
        .filter(n -> n.joinPath().isPresent())
        .sorted(Comparator.comparingInt(n -> n.type() == NamespaceType.USER ? 0 : n.type() == NamespaceType.MOUNT ? 2 : 1))
        .forEach(n -> s.add(new Step.JoinNamespace(n.joinPath().get(), n.cloneFlag())));
  }

  private static long cloneFlags(LaunchPlan p) {
    long flags = 0;
    for (NamespaceRequest n : p.namespaces()) {
      if (n.joinPath().isEmpty() && n.type() != NamespaceType.CGROUP) {
        flags |= n.cloneFlag();
      }
    }
    return flags;
  }

  private static boolean creates(LaunchPlan p, NamespaceType t) {
    return p.namespaces().stream().anyMatch(n -> n.type() == t && n.joinPath().isEmpty());
  }

  private static void privileges(LaunchPlan p, List<Step> s) {
    CapabilitySets c = p.capabilities();
    s.add(new Step.BoundingSet(Capability.mask(c.bounding()), p.lastCap()));
    s.add(new Step.KeepCaps(true));
    if (p.user().uid() != 0) {
      s.add(new Step.FixStdio(p.user().uid()));
    }
    s.add(new Step.SetGroups(p.user().additionalGids()));
    s.add(new Step.SetGid(p.user().gid()));
    s.add(new Step.SetUid(p.user().uid()));
    s.add(new Step.KeepCaps(false));
    p.user().umask().ifPresent(m -> s.add(new Step.Umask(m)));
    s.add(new Step.CapSet(Capability.mask(c.effective()), Capability.mask(c.permitted()), Capability.mask(c.inheritable())));
    s.add(new Step.Ambient(Capability.mask(c.ambient()), p.lastCap()));
    if (p.noNewPrivileges()) {
      s.add(new Step.NoNewPrivileges());
    }
  }
}
