package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.runtime.CreateOptions;
import io.drydock.runtime.HelperSpawner;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.RuntimeId;
import io.drydock.runtime.StartedExec;
import io.drydock.supervisor.shim.ShimHandle;
import io.drydock.supervisor.shim.ShimLauncher;
import io.drydock.supervisor.shim.ShimSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * drydock's runtime under the shim: the shim's child is {@code drydock-helper init SOCKET} in
 * monitor mode, so the helper stays the init's parent and the container's stdio are the shim's
 * pipes. The JVM serves the plan on SOCKET as usual ({@link CreateOptions#withSpawner}); create
 * returns when the init waits on its exec fifo, start opens the fifo.
 */
final class DrydockShimmedRuntime implements ShimmedRuntime {
  private final LinuxRuntime runtime;
  private final ShimLauncher shims;
  private final Map<String, CompletableFuture<Integer>> exits = new ConcurrentHashMap<>();
  /** One blocked thread per created task waits for the helper's EXIT record. */
  private final ExecutorService waiters = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "drydock-task-exit");
    t.setDaemon(true);
    return t;
  });

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
      handle.set(shims.start(withCommand(shim, argv)));
      return handle.get().pid();
    };
    RuntimeId rid = RuntimeId.of(id);
    runtime.create(rid, bundle, CreateOptions.defaults().withSpawner(spawner));
    exits.put(id, CompletableFuture.supplyAsync(() -> runtime.awaitExit(rid, Duration.ofDays(36500)).orElse(-1), waiters));
    return handle.get();
  }

  static ShimSpec withCommand(ShimSpec s, List<String> argv) {
    return new ShimSpec(s.id(), s.stateDir(), argv, s.env(), s.tty(), s.openStdin(), s.initialSize(), s.log(),
        s.startHeld(), s.logPath());
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
    exits.remove(id);
    try {
      runtime.delete(RuntimeId.of(id), true);
    } catch (DrydockException.NotFound e) {
      // already gone: nothing of the runtime's is left
    }
  }

  @Override
  public Optional<CompletableFuture<Integer>> observedExit(String id) {
    return Optional.ofNullable(exits.get(id));
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
    StartedExec started = runtime.startExec(RuntimeId.of(id), process, spawner);
    return new StartedTaskExec(handle.get(), started.pid(), Optional.of(started.exit()));
  }
}
