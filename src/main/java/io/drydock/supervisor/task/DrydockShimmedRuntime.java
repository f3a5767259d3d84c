package io.drydock.supervisor.task;

import io.drydock.common.DaemonThreads;
import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.runtime.CreateOptions;
import io.drydock.runtime.HelperSpawner;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.RuntimeId;
import io.drydock.runtime.plan.Step;
import io.drydock.runtime.spec.ConsoleSize;
import io.drydock.runtime.spec.Process;
import io.drydock.supervisor.shim.ShimHandle;
import io.drydock.supervisor.shim.ShimLauncher;
import io.drydock.supervisor.shim.ShimSpec;
import io.drydock.supervisor.shim.TtySize;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * drydock's runtime under the shim: the shim's command is {@code drydock-helper init SOCKET}. The
 * JVM serves the plan on SOCKET as usual ({@link CreateOptions#withSpawner}); create returns when
 * the init waits on its exec fifo, start opens the fifo.
 *
 * <p>The create is not monitored: once the init waits for start, the helper hands it over to the
 * shim ({@code shim --adopt}, src/main/c/helper/shim_handover.c) and exits. The init is reparented
 * to the shim, a child subreaper, which reaps it and records its status and time in exit.json, so
 * each running container costs one process (the shim) instead of two (shim + a helper whose only
 * job was to wait), and the recorded status is the init's own even when no JVM watched the exit.
 * That is containerd-shim's arrangement with {@code runc create}. An exec is handed over the same
 * way to a shim of its own once its process exec'd (containerd-shim's {@code runc exec --detach}),
 * so the shim's KILL reaches the exec's process itself, never a pid that its reaper freed.
 *
 * <p>A tty task or exec gets its terminal as runc gives one under containerd-shim: the process
 * opens a pty in the container's own devpts after its mounts (so {@code tty} names a
 * {@code /dev/pts/N} that exists inside) and sends the master to the shim's console socket
 * ({@link io.drydock.supervisor.shim.ShimPaths#consoleSocket()}), which relays it.
 */
final class DrydockShimmedRuntime implements ShimmedRuntime {
  private final LinuxRuntime runtime;
  private final ShimLauncher shims;

  DrydockShimmedRuntime(LinuxRuntime runtime, ShimLauncher shims) {
    this.runtime = runtime;
    this.shims = shims;
  }

  @Override
  public String name() {
    return "drydock";
  }

  @Override
  public boolean supportsTty() {
    return true;
  }

  /**
   * The shim is started on another thread at once, its command held (forked, not yet exec'd), so
   * that its start — binding a standby shim, or else the launcher's exec and fork; the shim's files
   * and sockets, the command's fork — overlaps the runtime's own work before the helper is needed
   * (config, plan, cgroups, state). The helper's argv is known only then: the runtime's spawner sends it with START, and
   * the held child execs it.
   */
  @Override
  public ShimHandle create(String id, Path bundle, io.drydock.runtime.spec.Spec config, ShimSpec shim) {
    CompletableFuture<ShimHandle> early = CompletableFuture.supplyAsync(
        () -> shims.start(withCommand(shim, HELD_COMMAND).withAdoptedInit().withStartHeld()), shimStarters);
    AtomicReference<ShimHandle> handle = new AtomicReference<>();
    HelperSpawner spawner = argv -> {
      handle.set(io.drydock.common.Futures.join(early));
      handle.get().client().start(argv);
      return handle.get().pid();
    };
    CreateOptions options = CreateOptions.defaults().withMonitor(false).withSpawner(spawner).withSpec(config);
    try {
      runtime.create(RuntimeId.of(id), bundle, shim.tty() ? withTerminal(options, shim) : options);
    } catch (RuntimeException e) {
      abandon(handle.get() == null ? early : CompletableFuture.completedFuture(handle.get()), e);
      throw e;
    }
    return handle.get();
  }

  /**
   * The init's terminal is Docker's {@code Tty}, not config.json's {@code process.terminal} (the
   * engine leaves that false): it is asked for here, sized as the shim's, bound on /dev/console.
   */
  private static CreateOptions withTerminal(CreateOptions options, ShimSpec shim) {
    Step.Terminal terminal = new Step.Terminal(shim.initialSize().map(TtySize::rows).orElse(0),
        shim.initialSize().map(TtySize::cols).orElse(0), true);
    return options.withPlanAdjuster(plan -> plan.withTerminal(terminal)).withConsoleSocket(shim.paths().consoleSocket());
  }

  /** The exec's process with Docker's {@code Tty} as its own terminal, sized as the shim's. */
  private static Process withTerminal(Process p, ShimSpec shim) {
    ConsoleSize size = shim.initialSize().map(s -> new ConsoleSize(s.rows(), s.cols(), null)).orElse(null);
    return new Process(true, size, p.user(), p.args(), p.commandLine(), p.env(), p.cwd(), p.capabilities(), p.rlimits(),
        p.noNewPrivileges(), p.apparmorProfile(), p.oomScoreAdj(), p.selinuxLabel(), p.unknown());
  }

  /** The command line's placeholder: the real argv comes with START; a bare START fails to exec it. */
  static final List<String> HELD_COMMAND = List.of("drydock-helper-argv-comes-with-start");
  private static final long ABANDON_WAIT_MILLIS = 5_000;

  /** Where shims start ahead of the runtime's work; this runtime's own, ended by {@link #close}. */
  final ExecutorService shimStarters = Executors.newCachedThreadPool(DaemonThreads.named("drydock-shim-start"));

  /**
   * The create failed: the shim's command — still held, or the helper that failed, or an init the
   * runtime already killed — is killed, and the shim, which then records its exit and ends, is
   * awaited, so the caller may remove the directory without the shim writing into it meanwhile.
   */
  private static void abandon(CompletableFuture<ShimHandle> early, RuntimeException failure) {
    try {
      ShimHandle h = io.drydock.common.Futures.join(early);
      try {
        h.client().kill(9);
      } catch (RuntimeException gone) {
        // the command or the shim has ended already
      }
      long deadline = System.nanoTime() + ABANDON_WAIT_MILLIS * 1_000_000;
      while (ProcessHandle.of(h.shimPid()).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
        TaskWaits.pause(1);
      }
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  static ShimSpec withCommand(ShimSpec s, List<String> argv) {
    return new ShimSpec(s.id(), s.stateDir(), argv, s.env(), s.tty(), s.openStdin(), s.initialSize(), s.log(),
        s.startHeld(), s.logPath(), s.adoptInit());
  }

  @Override
  public Tasks.Ahead expectCreate(String id, io.drydock.runtime.spec.Linux linux) {
    return runtime.expectCreate(RuntimeId.of(id), linux)::close;
  }

  @Override
  public long createdPid(String id) {
    return runtime.state(RuntimeId.of(id)).pid();
  }

  @Override
  public long start(String id, ShimHandle shim, long createdPid) {
    RuntimeId rid = RuntimeId.of(id);
    runtime.start(rid);
    return createdPid > 0 ? createdPid : runtime.state(rid).pid(); // the init execs the user's process in place
  }

  @Override
  public boolean containerExistsBeforeStart() {
    return true;
  }

  @Override
  public void update(String id, io.drydock.runtime.spec.Resources resources) {
    runtime.update(RuntimeId.of(id), resources);
  }

  @Override
  public void kill(String id, int signal, boolean all) {
    runtime.kill(RuntimeId.of(id), new Signal(signal), all);
  }

  @Override
  public void delete(String id) {
    try {
      runtime.delete(RuntimeId.of(id), true);
    } catch (DrydockException.NotFound e) {
      // already gone: nothing of the runtime's is left
    }
  }

  @Override
  public Optional<CompletableFuture<Integer>> observedExit(String id) {
    return Optional.empty();
  }

  @Override
  public boolean shimRecordsStatus() {
    return true;
  }

  @Override
  public StartedTaskExec exec(String id, io.drydock.runtime.spec.Process process, ShimSpec shim,
      java.util.function.Consumer<ShimHandle> beforeStart) {
    AtomicReference<ShimHandle> handle = new AtomicReference<>();
    HelperSpawner spawner = argv -> {
      handle.set(shims.start(withCommand(shim, argv).withAdoptedInit().withStartHeld()));
      beforeStart.accept(handle.get());
      handle.get().client().start();
      return handle.get().pid();
    };
    int pid = shim.tty()
        ? runtime.startExec(RuntimeId.of(id), withTerminal(process, shim), spawner, Optional.of(shim.paths().consoleSocket()))
        : runtime.startExec(RuntimeId.of(id), process, spawner, Optional.empty());
    return new StartedTaskExec(handle.get(), pid);
  }

  @Override
  public void close() {
    shimStarters.shutdown();
    shims.close();
  }
}
