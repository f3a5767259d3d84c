package io.drydock.runtime;

import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.os.ProcessCalls;
import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.spec.State;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * runc delete: a stopped container (or with {@code force} any, killed first) loses its processes,
 * its exit monitor, its cgroup and its state directory, then the poststop hooks run.
 */
final class DeleteOperation {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeleteOperation.class);
  private final StateStore store;
  private final ContainerCgroups cgroups;
  private final Map<RuntimeId, CompletableFuture<Launcher.Exit>> exits;
  private final Function<SavedState, ContainerStatus> statusOf;

  DeleteOperation(StateStore store, ContainerCgroups cgroups, Map<RuntimeId, CompletableFuture<Launcher.Exit>> exits,
      Function<SavedState, ContainerStatus> statusOf) {
    this.store = store;
    this.cgroups = cgroups;
    this.exits = exits;
    this.statusOf = statusOf;
  }

  void delete(RuntimeId id, boolean force) {
    Optional<SavedState> found = store.load(id);
    if (found.isEmpty()) {
      if (force && Files.isDirectory(store.dir(id))) {
        store.remove(id);
        return;
      }
      throw new DrydockException.NotFound("container \"" + id + "\" does not exist");
    }
    SavedState s = found.get();
    ContainerStatus status = statusOf.apply(s);
    if (!status.canDelete() && !force) {
      throw new DrydockException.Conflict("cannot delete container " + id + " that is not stopped: " + status.specName());
    }
    Optional<CgroupManager> cgroup = cgroups.of(s);
    if (status == ContainerStatus.PAUSED) {
      cgroup.get().thaw();
    }
    if (status != ContainerStatus.STOPPED && s.pid() > 0) {
      for (int pid : ContainerProcesses.of(s.pid())) {
        ProcessCalls.kill(pid, Signal.KILL.number());
      }
      ProcessCalls.kill(s.pid(), Signal.KILL.number());
      StopWait.await(s, Duration.ofSeconds(10));
    }
    CompletableFuture<Launcher.Exit> exit = exits.remove(id);
    if (exit != null) {
      exit.completeOnTimeout(null, 5, TimeUnit.SECONDS).join();
    }
    cgroup.ifPresent(ContainerCgroups::destroy);
    store.remove(id);
    if (s.hooks() != null) {
      State stopped = new State(s.ociVersion(), s.id(), "stopped", 0, s.bundle(), s.annotations());
      HookRunner.runAll("poststop", s.hooks().poststop(), stopped).forEach(f -> LOG.warn("{}: {}", id, f));
    }
  }
}
