package io.drydock.engine.container.service;

import io.drydock.common.DaemonThreads;
import io.drydock.common.ContainerId;
import io.drydock.engine.container.ContainerAction;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerState;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.engine.container.RestartBackoff;
import io.drydock.supervisor.snapshot.Mounts;
import io.drydock.supervisor.task.TaskExit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a container's task exits: attached clients get the rest of the output and
 * their streams end (before the task is deleted, which would cut it), the state records the exit
 * ({@code die} event with {@code exitCode}), waiters are answered, the task is deleted and the
 * rootfs unmounted, then either {@code --rm} removes the container or the restart policy schedules a
 * respawn with dockerd's back-off ({@link RestartBackoff}: 100 ms doubling per restart, at most one
 * minute, back to 100 ms after a run of 10 s). An exit after a user's stop is recorded as such
 * ({@code manuallyStopped}), for the restart decision when the daemon starts again.
 */
final class ExitHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ExitHandler.class);
  /**
   * Where exits are handled: never on the thread of the start that registered for the exit. This
   * handler's own, ended by {@link #close} with the service, so a closed engine leaves no threads.
   */
  final ExecutorService threads = Executors.newCachedThreadPool(DaemonThreads.named("drydock-exit-handler"));

  private final ServiceParts parts;
  private Consumer<ContainerId> autoRemove = id -> {};
  private Consumer<ContainerId> respawn = id -> {};
  /** The delay before each container's last scheduled restart (in memory, as dockerd's restart manager). */
  private final Map<ContainerId, Duration> backoffs = new ConcurrentHashMap<>();

  ExitHandler(ServiceParts parts) {
    this.parts = parts;
  }

  void wire(Consumer<ContainerId> autoRemove, Consumer<ContainerId> respawn) {
    this.autoRemove = autoRemove;
    this.respawn = respawn;
  }

  void handle(ContainerId id, TaskExit exit, Throwable error) {
    CompletableFuture<Void> ended = parts.runEnded.get(id);
    try {
      handleExit(id, exit == null ? new TaskExit(128, OptionalInt.empty(), Instant.now(), false) : exit, ended);
    } catch (RuntimeException e) {
      LOG.warn("handling the exit of {} failed: {}", id, e.toString());
    } finally {
      endRun(id, ended);
    }
  }

  /** The run's cleanup is done: a stop, removal or mount waiting on {@code runEnded} may go on. */
  private void endRun(ContainerId id, CompletableFuture<Void> ended) {
    if (ended != null) {
      parts.runEnded.remove(id, ended);
      ended.complete(null);
    }
  }

  private void handleExit(ContainerId id, TaskExit exit, CompletableFuture<Void> ended) {
    List<AttachSession> sessions = parts.sessions.remove(id);
    if (sessions != null) {
      sessions.forEach(AttachSession::runEnded);
    }
    StoredContainer now;
    ContainerRecord r;
    boolean restart;
    // The exit is persisted before the task (and its recorded status) is deleted, so a daemon
    // killed in between finds the container exited with its real code, and a stale stopped task
    // that Recovery removes; the start lock keeps a start from seeing "exited" while the old task
    // still exists.
    synchronized (parts.startLocks.of(id)) {
      StoredContainer c = parts.stored.get(id);
      if (c == null) {
        deleteTask(id);
        return;
      }
      r = c.record();
      boolean byUser = parts.stoppedByUser.contains(id);
      restart = r.status() != ContainerStatus.REMOVING && r.restartPolicy().restartsAfter(exit.exitCode(), r.state().restartCount(), byUser);
      ContainerAction via = restart ? ContainerAction.EXIT_TO_RESTART : ContainerAction.EXIT;
      try {
        now = parts.update(id, x -> {
          ContainerState s = x.state().exited(via, exit.exitCode(), exit.oomKilled(), exit.exitedAt(), id.value());
          return x.withState(byUser ? s.withManuallyStopped(true) : s);
        });
      } catch (RuntimeException e) {
        deleteTask(id);
        throw e;
      }
      // The exit is durable now: waiters and subscribers hear of it before the task's cleanup
      // (cgroups, state files, unmount, sandbox), which a start waits for on this lock, and a
      // removal or a mount of the stopped rootfs on runEnded (ServiceParts.awaitExitHandled).
      if (exit.oomKilled()) {
        parts.event(now.record(), "oom");
      }
      parts.event(now.record(), "die", Map.of("exitCode", Integer.toString(exit.exitCode())));
      parts.waiters.exited(id, new WaitResult(exit.exitCode(), ""));
      deleteTask(id);
    }
    if (now.record().status() == ContainerStatus.REMOVING) {
      return;
    }
    if (restart) {
      Instant started = r.state().startedAt();
      Duration ran = started == null ? Duration.ZERO : Duration.between(started, exit.exitedAt());
      // a client's start resets RestartCount, and with it the back-off, as dockerd's new restart manager does
      Duration previous = r.state().restartCount() == 0 ? Duration.ZERO : backoffs.getOrDefault(id, Duration.ZERO);
      Duration delay = RestartBackoff.next(previous, ran);
      backoffs.put(id, delay);
      parts.restarts.put(id, parts.scheduler.schedule(() -> {
        parts.restarts.remove(id);
        if (parts.stoppedByUser.contains(id)) { // a stop came between the exit and this respawn
          StartOperation.quietly(() -> parts.update(id, x -> x.withState(
              x.state().exited(ContainerAction.STOP, x.state().exitCode(), false, parts.clock.instant(), id.value()))));
        } else {
          respawn.accept(id);
        }
      }, delay.toMillis(), TimeUnit.MILLISECONDS));
    } else {
      backoffs.remove(id);
      if (now.record().autoRemove()) {
        endRun(id, ended); // the removal waits for it; otherwise the run ends in handle(), after any restart is scheduled
        autoRemove.accept(id);
      }
    }
  }

  /**
   * The service closes: exits being handled finish, later ones are not handled by this engine (the
   * next daemon's recovery reads them from the supervisor), and the idle threads end now.
   */
  void close() {
    threads.shutdown();
  }

  /** Removes the task and unmounts the rootfs (and a shareable {@code /dev/shm}); all may already be gone. */
  void deleteTask(ContainerId id) {
    parts.tasks.ifPresent(t -> StartOperation.quietly(() -> t.delete(ServiceParts.taskId(id), true)));
    StartOperation.quietly(() -> Mounts.unmount(parts.files.rootfs(id)));
    StartOperation.quietly(() -> ShareableShm.release(parts.files.shm(id)));
    VolumeMountEvents.unmounted(parts.events, id, parts.wiring.flatMap(w -> w.view(id.value())));
    parts.wiring.ifPresent(w -> StartOperation.quietly(() -> w.stop(id.value())));
  }
}
