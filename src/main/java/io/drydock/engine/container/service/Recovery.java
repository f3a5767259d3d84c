package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.engine.container.ContainerAction;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.supervisor.task.TaskInfo;
import io.drydock.supervisor.task.TaskStatus;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daemon start: loads the persisted containers and reconciles them with the tasks the supervisor
 * still has. A container whose task still runs keeps running (its exit is watched again); one
 * whose task is gone is recorded as exited; a removal that was under way is finished as dead.
 */
final class Recovery {
  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

  private final ServiceParts parts;
  private final ExitHandler exits;

  Recovery(ServiceParts parts, ExitHandler exits) {
    this.parts = parts;
    this.exits = exits;
  }

  void run() {
    Map<String, TaskInfo> tasks = new HashMap<>();
    parts.tasks.ifPresent(t -> t.list().forEach(i -> tasks.put(i.id(), i)));
    for (StoredContainer c : parts.store.loadAll()) {
      ContainerRecord r = c.record();
      try {
        parts.index.put(r);
        parts.add(c);
        reconcile(r, tasks.get(ServiceParts.taskId(r.id())));
      } catch (RuntimeException e) {
        LOG.warn("container {} could not be restored: {}", r.id(), e.toString());
      }
    }
  }

  private void reconcile(ContainerRecord r, TaskInfo task) {
    ContainerId id = r.id();
    if (r.status() == ContainerStatus.REMOVING) {
      parts.update(id, x -> x.withState(x.state().removalFailed("the daemon stopped during removal", id.value())));
      return;
    }
    if (!r.status().isRunning()) {
      return;
    }
    if (task != null && task.status() != TaskStatus.STOPPED && parts.tasks.isPresent()) {
      parts.runEnded.put(id, new java.util.concurrent.CompletableFuture<>());
      parts.tasks.get().exited(ServiceParts.taskId(id)).whenComplete((exit, error) -> exits.handle(id, exit, error));
      return;
    }
    if (r.status() == ContainerStatus.RESTARTING) {
      parts.update(id, x -> x.withState(x.state().exited(ContainerAction.STOP, x.state().exitCode(), false, parts.clock.instant(), id.value())));
      return;
    }
    int code = task != null && task.exit().isPresent() ? task.exit().get().exitCode() : 128;
    parts.update(id, x -> x.withState(x.state().exited(ContainerAction.EXIT, code, false, parts.clock.instant(), id.value())));
  }
}
