package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.engine.container.ContainerAction;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.supervisor.snapshot.Mounts;
import io.drydock.supervisor.task.TaskExit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a container's task exits: attached clients get the rest of the output and
 * their streams end (before the task is deleted, which would cut it), the task is deleted and the
 * rootfs unmounted, the state records the exit ({@code die} event with {@code exitCode}), waiters
 * are answered, then either {@code --rm} removes the container or the restart policy schedules a
 * respawn with dockerd's back-off (100 ms doubling per restart, at most one minute).
 */
final class ExitHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ExitHandler.class);
  static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

  private final ServiceParts parts;
  private Consumer<ContainerId> autoRemove = id -> {};
  private Consumer<ContainerId> respawn = id -> {};

  ExitHandler(ServiceParts parts) {
    this.parts = parts;
  }

  void wire(Consumer<ContainerId> autoRemove, Consumer<ContainerId> respawn) {
    this.autoRemove = autoRemove;
    this.respawn = respawn;
  }

  void handle(ContainerId id, TaskExit exit, Throwable error) {
    try {
      handleExit(id, exit == null ? new TaskExit(128, OptionalInt.empty(), Instant.now(), false) : exit);
    } catch (RuntimeException e) {
      LOG.warn("handling the exit of {} failed: {}", id, e.toString());
    } finally {
      CompletableFuture<Void> ended = parts.runEnded.remove(id);
      if (ended != null) {
        ended.complete(null);
      }
    }
  }

  private void handleExit(ContainerId id, TaskExit exit) {
    List<AttachSession> sessions = parts.sessions.remove(id);
    if (sessions != null) {
      sessions.forEach(AttachSession::runEnded);
    }
    parts.tasks.ifPresent(t -> StartOperation.quietly(() -> t.delete(ServiceParts.taskId(id), true)));
    StartOperation.quietly(() -> Mounts.unmount(parts.files.rootfs(id)));
    parts.wiring.ifPresent(w -> StartOperation.quietly(() -> w.stop(id.value())));
    StoredContainer c = parts.stored.get(id);
    if (c == null) {
      return;
    }
    ContainerRecord r = c.record();
    boolean byUser = parts.stoppedByUser.contains(id);
    boolean restart = r.status() != ContainerStatus.REMOVING && r.restartPolicy().restartsAfter(exit.exitCode(), r.state().restartCount(), byUser);
    ContainerAction via = restart ? ContainerAction.EXIT_TO_RESTART : ContainerAction.EXIT;
    StoredContainer now = parts.update(id, x -> x.withState(x.state().exited(via, exit.exitCode(), exit.oomKilled(), exit.exitedAt(), id.value())));
    if (exit.oomKilled()) {
      parts.event(now.record(), "oom");
    }
    parts.event(now.record(), "die", Map.of("exitCode", Integer.toString(exit.exitCode())));
    parts.waiters.exited(id, new WaitResult(exit.exitCode(), ""));
    if (now.record().status() == ContainerStatus.REMOVING) {
      return;
    }
    if (restart) {
      long delay = Math.min(MAX_BACKOFF.toMillis(), 100L << Math.min(20, now.record().state().restartCount()));
      parts.restarts.put(id, parts.scheduler.schedule(() -> {
        parts.restarts.remove(id);
        respawn.accept(id);
      }, delay, TimeUnit.MILLISECONDS));
    } else if (now.record().autoRemove()) {
      autoRemove.accept(id);
    }
  }
}
