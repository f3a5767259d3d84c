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
 * @param spawner starts the helper elsewhere (under the supervisor's shim, which then holds the
 *     container's stdio); {@code stdio} is then unused. Only drydock's own runtime honours it.
 * @param consoleSocket the unix socket that receives the pty master of a {@code process.terminal}
 *     container (runc's --console-socket)
 * @param spec the bundle's config.json as already parsed by a caller that wrote it; the runtime then
 *     does not read the file back (it must be what the file holds)
 */
public record CreateOptions(Optional<Path> pidFile, HelperSession.Stdio stdio, boolean monitor,
    UnaryOperator<LaunchPlan> planAdjuster, Optional<HelperSpawner> spawner, Optional<Path> consoleSocket,
    Optional<io.drydock.runtime.spec.Spec> spec) {
  public CreateOptions(Optional<Path> pidFile, HelperSession.Stdio stdio, boolean monitor, UnaryOperator<LaunchPlan> planAdjuster) {
    this(pidFile, stdio, monitor, planAdjuster, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Monitored, stdio inherited, no pid file, plan unchanged. */
  public static CreateOptions defaults() {
    return new CreateOptions(Optional.empty(), HelperSession.Stdio.inherit(), true, UnaryOperator.identity());
  }

  public CreateOptions withStdio(HelperSession.Stdio s) {
    return new CreateOptions(pidFile, s, monitor, planAdjuster, spawner, consoleSocket, spec);
  }

  public CreateOptions withPlanAdjuster(UnaryOperator<LaunchPlan> a) {
    return new CreateOptions(pidFile, stdio, monitor, a, spawner, consoleSocket, spec);
  }

  public CreateOptions withMonitor(boolean m) {
    return new CreateOptions(pidFile, stdio, m, planAdjuster, spawner, consoleSocket, spec);
  }

  public CreateOptions withPidFile(Path p) {
    return new CreateOptions(Optional.of(p), stdio, monitor, planAdjuster, spawner, consoleSocket, spec);
  }

  public CreateOptions withSpawner(HelperSpawner s) {
    return new CreateOptions(pidFile, stdio, monitor, planAdjuster, Optional.of(s), consoleSocket, spec);
  }

  public CreateOptions withConsoleSocket(Path socket) {
    return new CreateOptions(pidFile, stdio, monitor, planAdjuster, spawner, Optional.of(socket), spec);
  }

  /** With the bundle's config.json as the caller wrote it, so that the runtime need not read it back. */
  public CreateOptions withSpec(io.drydock.runtime.spec.Spec parsed) {
    return new CreateOptions(pidFile, stdio, monitor, planAdjuster, spawner, consoleSocket, Optional.of(parsed));
  }
}
