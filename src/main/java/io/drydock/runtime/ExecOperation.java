package io.drydock.runtime;

import io.drydock.common.DrydockException;
import io.drydock.runtime.plan.ExecPlanCompiler;
import io.drydock.runtime.plan.HostFacts;
import io.drydock.runtime.plan.LaunchPlan;
import io.drydock.runtime.spec.NamespaceType;
import io.drydock.runtime.spec.Process;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** runc exec: one more process in a running container's namespaces, monitored to its exit or left to a shim. */
final class ExecOperation {
  private final StateStore store;
  private final Launcher launcher;
  private final HostFacts host;

  ExecOperation(StateStore store, Launcher launcher, HostFacts host) {
    this.store = store;
    this.launcher = launcher;
    this.host = host;
  }

  int exec(RuntimeId id, Process process, ExecOptions options, Function<SavedState, ContainerStatus> status) {
    Launcher.Launched l = launch(id, process, options, Optional.empty(), status);
    options.pidFile().ifPresent(f -> LinuxRuntime.writePidFile(f, l.pid()));
    if (options.detach()) {
      return 0;
    }
    Launcher.Exit exit = Launcher.awaitExit(l);
    if (exit.failure().isPresent()) {
      throw exit.failure().get();
    }
    return exit.code();
  }

  /**
   * Starts the exec for a shim: the helper does not monitor it but leaves it to the shim that
   * spawned it ({@code shim --adopt}, the same hand-over as a container's init), which reaps it,
   * records its status and signals it directly, as containerd-shim does with {@code runc exec
   * --detach}. Returns its host pid once the process exec'd; its exit is the shim's to observe.
   */
  int start(RuntimeId id, Process process, HelperSpawner spawner, Optional<Path> consoleSocket,
      Function<SavedState, ContainerStatus> status) {
    ExecOptions options = new ExecOptions(HelperSession.Stdio.inherit(), consoleSocket, true, Optional.empty());
    Launcher.Launched l = launch(id, process, options, Optional.of(spawner), status);
    return l.pid();
  }

  private Launcher.Launched launch(RuntimeId id, Process process, ExecOptions options, Optional<HelperSpawner> spawner,
      Function<SavedState, ContainerStatus> status) {
    SavedState s = store.require(id);
    ContainerStatus st = status.apply(s);
    if (!st.canExec()) {
      throw new DrydockException.Conflict(st.refusal("exec"));
    }
    Launcher.warmCgroupMigrationInJvm(); // the exec joins the init's cgroups: the grace period overlaps the launch
    Set<NamespaceType> types = EnumSet.noneOf(NamespaceType.class);
    s.namespaces().forEach(n -> types.add(NamespaceType.parse(n, "namespaces")));
    LaunchPlan plan = ExecPlanCompiler.compile(process, types, s.pid(), host, DiskFsView.INSTANCE)
        .withCgroupProcsFiles(CgroupMembership.procsFiles(s.pid()))
        .withConsoleSocket(options.consoleSocket().map(p -> p.toAbsolutePath().toString()))
        .withLaunch(Optional.empty(), !options.detach());
    if (plan.terminal().isPresent() && options.consoleSocket().isEmpty()) {
      throw new DrydockException.InvalidArgument(
          "process.terminal is true: a console socket is needed to receive the pty master (--console-socket)");
    }
    String socket = "exec-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".sock";
    return launcher.launch(plan, store.dir(id).resolve(socket), options.stdio(), spawner, pid -> { });
  }
}
