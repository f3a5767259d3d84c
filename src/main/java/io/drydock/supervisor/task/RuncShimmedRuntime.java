package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.runtime.BinaryRuntime;
import io.drydock.runtime.RuntimeId;
import io.drydock.runtime.spec.State;
import io.drydock.supervisor.shim.ShimHandle;
import io.drydock.supervisor.shim.ShimLauncher;
import io.drydock.supervisor.shim.ShimSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A runc-compatible binary under the shim: the shim's child is {@code runc run --bundle B ID},
 * held before exec until start. runc stays the init's parent, passes the shim's pipes to it and
 * exits with its status (128 + signal when killed), which the shim records — so the status
 * survives the JVM. The price: between create and start no container exists yet (runc's own
 * create/start split would reparent the init away from the shim's child). Where the binary has
 * {@code run --keep} (runc; crun from 1.15) the stopped container and its cgroup stay until
 * delete, so the OOM count is read after the exit as with drydock's runtime.
 */
final class RuncShimmedRuntime implements ShimmedRuntime {
  private static final long START_TIMEOUT_NANOS = 10_000_000_000L;

  private final Path binary;
  private final Path root;
  private final BinaryRuntime runtime;
  private final ShimLauncher shims;

  RuncShimmedRuntime(Path binary, Path root, ShimLauncher shims) {
    this.binary = binary;
    this.root = root;
    this.runtime = new BinaryRuntime(binary, root);
    this.shims = shims;
  }

  @Override
  public String name() {
    return binary.getFileName().toString();
  }

  private List<String> command(String... args) {
    List<String> argv = new ArrayList<>(List.of(binary.toString(), "--root", root.toString()));
    argv.addAll(List.of(args));
    return argv;
  }

  @Override
  public boolean supportsTty() {
    return false;
  }

  @Override
  public ShimHandle create(String id, Path bundle, io.drydock.runtime.spec.Spec config, ShimSpec shim) {
    List<String> argv = command("run", "--bundle", bundle.toAbsolutePath().toString(), id);
    if (runtime.keepsStoppedContainersAfterRun()) {
      argv.add(argv.size() - 1, "--keep");
    }
    return shims.start(DrydockShimmedRuntime.withCommand(shim, argv).withStartHeld());
  }

  @Override
  public long createdPid(String id) {
    return 0;
  }

  @Override
  public long start(String id, ShimHandle shim, long createdPid) {
    shim.client().start();
    long deadline = System.nanoTime() + START_TIMEOUT_NANOS;
    while (System.nanoTime() < deadline) {
      Optional<State> s = state(id);
      if (s.isPresent() && !s.get().status().equals("creating") && !s.get().status().equals("created")) {
        return s.get().pid();
      }
      if (shim.exitStatus().isPresent() || !shimAlive(shim)) {
        return 0;
      }
      TaskWaits.pause(1);
    }
    throw new DrydockException.SystemError(name() + " run of " + id + " did not start the container within 10s");
  }

  private static boolean shimAlive(ShimHandle shim) {
    return ProcessHandle.of(shim.shimPid()).map(ProcessHandle::isAlive).orElse(false);
  }

  private Optional<State> state(String id) {
    try {
      return Optional.of(runtime.state(RuntimeId.of(id)));
    } catch (DrydockException.NotFound e) {
      return Optional.empty();
    }
  }

  /** With {@code run --keep} the stopped container keeps its cgroup until {@link #delete}. */
  @Override
  public boolean cgroupOutlivesInit() {
    return runtime.keepsStoppedContainersAfterRun();
  }

  @Override
  public boolean containerExistsBeforeStart() {
    return false;
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
    } catch (DrydockException.NotFound gone) {
      // never created (killed before start) or already removed by run itself
    }
  }

  @Override
  public Optional<java.util.concurrent.CompletableFuture<Integer>> observedExit(String id) {
    return Optional.empty();
  }

  @Override
  public boolean shimRecordsStatus() {
    return true;
  }

  @Override
  public StartedTaskExec exec(String id, io.drydock.runtime.spec.Process process, ShimSpec shim,
      java.util.function.Consumer<ShimHandle> beforeStart) {
    List<String> argv = command("exec");
    for (String e : process.env()) {
      argv.add("--env");
      argv.add(e);
    }
    if (process.cwd() != null) {
      argv.add("--cwd");
      argv.add(process.cwd());
    }
    if (process.user() != null && process.user().uid() != null) {
      argv.add("--user");
      argv.add(process.user().uid() + ":" + (process.user().gid() == null ? 0 : process.user().gid()));
      for (Long g : process.user().additionalGids() == null ? List.<Long>of() : process.user().additionalGids()) {
        argv.add("--additional-gids");
        argv.add(Long.toString(g));
      }
    }
    argv.add(id);
    argv.addAll(process.args());
    ShimHandle h = shims.start(DrydockShimmedRuntime.withCommand(shim, argv).withStartHeld());
    beforeStart.accept(h);
    h.client().start();
    return new StartedTaskExec(h, h.pid());
  }

  @Override
  public void close() {
    shims.close();
  }
}
