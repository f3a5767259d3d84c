package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.engine.container.ContainerAction;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerState;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.supervisor.task.TaskExit;
import io.drydock.supervisor.task.TaskInfo;
import io.drydock.supervisor.task.TaskStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daemon start: loads the persisted containers and reconciles them with the tasks the supervisor
 * still has. A container whose task still runs keeps running (its exit is watched again); one
 * whose task exited while the daemon was down gets that exit handled as if it had been watched
 * (status, OOM, task deleted, rootfs unmounted, restart policy); one whose task is gone is
 * recorded as exited; a removal that was under way is finished as dead. Then, like dockerd's
 * {@code restore}, the files no record names are swept ({@link LeftoverSweep}), every container's
 * networks and volumes are taken back by the wiring, and every stopped container whose restart
 * policy says so is started again, in the background: {@code always} always, {@code
 * unless-stopped} unless the user stopped it, {@code on-failure} after a failure while retries are
 * left.
 */
final class Recovery {
  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

  private final ServiceParts parts;
  private final ExitHandler exits;
  private final PolicyRestarts restarts;

  Recovery(ServiceParts parts, ExitHandler exits, PolicyRestarts restarts) {
    this.parts = parts;
    this.exits = exits;
    this.restarts = restarts;
  }

  /** The whole daemon-start pass, in this order: reconcile, sweep, restore wiring, restart. */
  void run() {
    List<ContainerId> toRestart = reconcileAll();
    LeftoverSweep.run(parts);
    parts.wiring.ifPresent(w -> parts.stored.values().forEach(c ->
        w.restore(c.record().id().value(), parts.files.dir(c.record().id()),
            c.record().status() == ContainerStatus.RUNNING || c.record().status() == ContainerStatus.PAUSED, c.record().state().pid())));
    restarts.recovered();
    toRestart.forEach(restarts::startOnDaemonStart);
  }

  /** Reconciles every container; returns the ones to start again. */
  private List<ContainerId> reconcileAll() {
    Map<String, TaskInfo> tasks = new HashMap<>();
    parts.tasks.ifPresent(t -> t.list().forEach(i -> tasks.put(i.id(), i)));
    List<ContainerId> toRestart = new ArrayList<>();
    for (StoredContainer c : parts.store.loadAll()) {
      ContainerRecord r = c.record();
      try {
        parts.index.put(r);
        parts.add(c);
        reconcile(r, tasks.get(ServiceParts.taskId(r.id())));
        if (restartsOnDaemonStart(parts.get(r.id()).record())) {
          toRestart.add(r.id());
        }
      } catch (RuntimeException e) {
        LOG.warn("container {} could not be restored: {}", r.id(), e.toString());
      }
    }
    return toRestart;
  }

  static boolean restartsOnDaemonStart(ContainerRecord r) {
    ContainerState s = r.state();
    return s.status() == ContainerStatus.EXITED && s.startedAt() != null && !r.autoRemove()
        && r.restartPolicy().restartsOnDaemonStart(s.exitCode(), s.manuallyStopped(), s.restartCount());
  }

  private void reconcile(ContainerRecord r, TaskInfo task) {
    ContainerId id = r.id();
    if (r.status() == ContainerStatus.REMOVING) {
      if (task != null && task.status() == TaskStatus.STOPPED) {
        exits.deleteTask(id);
      }
      parts.update(id, x -> x.withState(x.state().removalFailed("the daemon stopped during removal", id.value())));
      return;
    }
    if (!r.status().isRunning()) {
      if (task != null) {
        // the daemon died after persisting the exit and before deleting the task
        exits.deleteTask(id);
      }
      return;
    }
    if (task != null && parts.tasks.isPresent()) {
      parts.runEnded.put(id, new CompletableFuture<>());
      CompletableFuture<TaskExit> exited = parts.tasks.get().exited(ServiceParts.taskId(id));
      if (task.status() == TaskStatus.STOPPED || exited.isDone()) {
        exits.handle(id, exited.getNow(null), null);
      } else {
        exited.whenComplete((exit, error) -> exits.handle(id, exit, error));
      }
      return;
    }
    if (r.status() == ContainerStatus.RESTARTING) {
      // a restart was pending when the daemon stopped: not the user's stop, so the policy still applies
      parts.update(id, x -> x.withState(x.state().exited(ContainerAction.STOP, x.state().exitCode(), false, parts.clock.instant(), id.value())
          .withManuallyStopped(false)));
      return;
    }
    parts.update(id, x -> x.withState(x.state().exited(ContainerAction.EXIT, 128, false, parts.clock.instant(), id.value())));
  }
}
