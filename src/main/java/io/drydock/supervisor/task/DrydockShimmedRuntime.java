package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.runtime.CreateOptions;
import io.drydock.runtime.HelperSpawner;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.RuntimeId;
import io.drydock.runtime.StartedExec;
import io.drydock.runtime.plan.LaunchPlan;
import io.drydock.supervisor.shim.ShimHandle;
import io.drydock.supervisor.shim.ShimLauncher;
import io.drydock.supervisor.shim.ShimSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
 * That is containerd-shim's arrangement with {@code runc create}. Execs stay monitored by their
 * helper under a short-lived shim of their own.
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

  @Override
  public ShimHandle create(String id, Path bundle, ShimSpec shim) {
    AtomicReference<ShimHandle> handle = new AtomicReference<>();
    HelperSpawner spawner = argv -> {
      handle.set(shims.start(withCommand(shim, argv).withAdoptedInit()));
      return handle.get().pid();
    };
    CreateOptions options = CreateOptions.defaults().withMonitor(false).withSpawner(spawner);
    runtime.create(RuntimeId.of(id), bundle, shim.tty() ? options.withPlanAdjuster(LaunchPlan::withInheritedTerminal) : options);
    return handle.get();
  }

  static ShimSpec withCommand(ShimSpec s, List<String> argv) {
    return new ShimSpec(s.id(), s.stateDir(), argv, s.env(), s.tty(), s.openStdin(), s.initialSize(), s.log(),
        s.startHeld(), s.logPath(), s.adoptInit());
  }

  @Override
  public long createdPid(String id) {
    return runtime.state(RuntimeId.of(id)).pid();
  }

  @Override
  public long start(String id, ShimHandle shim) {
    RuntimeId rid = RuntimeId.of(id);
    runtime.start(rid);
    return runtime.state(rid).pid();
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
      handle.set(shims.start(withCommand(shim, argv).withStartHeld()));
      beforeStart.accept(handle.get());
      handle.get().client().start();
      return handle.get().pid();
    };
    StartedExec started = runtime.startExec(RuntimeId.of(id), process, spawner, shim.tty());
    return new StartedTaskExec(handle.get(), started.pid(), Optional.of(started.exit()));
  }
}
