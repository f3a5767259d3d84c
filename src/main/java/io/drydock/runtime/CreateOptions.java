package io.drydock.runtime;

import io.drydock.runtime.plan.LaunchPlan;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How to create a container beyond its bundle.
 *
 * @param pidFile where to write the init's pid (runc's --pid-file)
 * @param stdio the container's standard streams
 * @param monitor whether the helper stays as the init's parent and reports its exit status
 *     (in-process and {@code run}); false gives runc's detached create, the init being reparented
 * @param planAdjuster attaches cgroup.procs files and a seccomp program to the compiled plan
 */
public record CreateOptions(Optional<Path> pidFile, HelperSession.Stdio stdio, boolean monitor,
    UnaryOperator<LaunchPlan> planAdjuster) {
  /** Monitored, stdio inherited, no pid file, plan unchanged. */
  public static CreateOptions defaults() {
    return new CreateOptions(Optional.empty(), HelperSession.Stdio.inherit(), true, UnaryOperator.identity());
  }

  public CreateOptions withStdio(HelperSession.Stdio s) {
    return new CreateOptions(pidFile, s, monitor, planAdjuster);
  }

  public CreateOptions withPlanAdjuster(UnaryOperator<LaunchPlan> a) {
    return new CreateOptions(pidFile, stdio, monitor, a);
  }

  public CreateOptions withMonitor(boolean m) {
    return new CreateOptions(pidFile, stdio, m, planAdjuster);
  }

  public CreateOptions withPidFile(Path p) {
    return new CreateOptions(Optional.of(p), stdio, monitor, planAdjuster);
  }
}
