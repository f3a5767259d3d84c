package io.drydock.runtime.plan;

import io.drydock.runtime.spec.NamespaceType;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compiles {@code exec}: a new process that joins every namespace of a running container's init
 * (through /proc/PID/ns), gets the process.json's ids, capabilities and limits, and is monitored
 * until it exits. Nothing of the container's file system is set up again.
 */
public final class ExecPlanCompiler {
  private ExecPlanCompiler() {}

  /**
   * @param namespaces the namespace types the container has (all are joined)
   * @param initPid the container's init as the host sees it
   * @param files a view of the host; the container's root is seen under /proc/PID/root
   */
  public static LaunchPlan compile(Process p, Set<NamespaceType> namespaces, long initPid, HostFacts host, FsView files) {
    SpecValidator.validateExecProcess(p);
    List<NamespaceRequest> joins = new ArrayList<>();
    for (NamespaceType t : namespaces) {
      joins.add(new NamespaceRequest(t, Optional.of("/proc/" + initPid + "/ns/" + t.procName())));
    }
    List<String> warnings = new ArrayList<>();
    String root = "/proc/" + initPid + "/root";
    ProcessPlanner.requireDirectory(p.cwd(), files, root);
    String executable = ProcessPlanner.executable(p, files, root, List.of());
    return new LaunchPlan(joins, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), new TreeMap<>(), ProcessPlanner.rlimits(p, host, "process"),
        CapabilityPlanner.plan(p.capabilities(), host.bounding(), warnings), host.lastCap(),
        Boolean.TRUE.equals(p.noNewPrivileges()), ProcessPlanner.user(p.user()), p.cwd(),
        PlanCompiler.orEmpty(p.env()), p.args(), executable,
        p.oomScoreAdj() == null ? OptionalInt.empty() : OptionalInt.of(p.oomScoreAdj()), List.of(),
        Optional.empty(), Optional.empty(), true, warnings, PlanCompiler.terminal(p, false), Optional.empty(),
        LaunchHooks.NONE);
  }
}
