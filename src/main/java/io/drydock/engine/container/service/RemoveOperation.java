package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.supervisor.snapshot.Mounts;
import io.drydock.supervisor.store.TreeRemover;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * {@code DELETE /containers/{id}}: marks the container as being removed (refusals come from the
 * lifecycle table), with {@code force} kills its task and waits for the exit to be handled, then
 * removes the snapshot, the directory and the record, frees the name, answers waiters of
 * {@code condition=removed} and emits {@code destroy}. A failure half way marks it dead.
 */
final class RemoveOperation {
  private final ServiceParts parts;

  RemoveOperation(ServiceParts parts) {
    this.parts = parts;
  }

  void remove(String ref, boolean force) {
    ContainerId id = parts.get(ref).record().id();
    remove(id, force);
  }

  void remove(ContainerId id, boolean force) {
    remove(id, force, false);
  }

  /** @param removeVolumes {@code docker rm -v}: the container's anonymous volumes go with it */
  void remove(String ref, boolean force, boolean removeVolumes) {
    remove(parts.get(ref).record().id(), force, removeVolumes);
  }

  void remove(ContainerId id, boolean force, boolean removeVolumes) {
    StoredContainer before = parts.get(id);
    boolean hadTask = before.record().status().isRunning();
    StoredContainer marked = parts.update(id, x -> x.withState(x.state().removing(force, id.value())));
    ScheduledFuture<?> restart = parts.restarts.remove(id);
    if (restart != null) {
      restart.cancel(false);
    }
    if (hadTask && restart == null) {
      parts.stoppedByUser.add(id);
      CompletableFuture<Void> ended = parts.runEnded.getOrDefault(id, CompletableFuture.completedFuture(null));
      StartOperation.quietly(() -> parts.tasks().kill(ServiceParts.taskId(id), Signal.KILL.number(), true));
      if (!StopOperation.await(ended, StopOperation.KILL_WAIT)) {
        fail(id, "could not kill running container " + id.value() + ", cannot remove");
      }
    }
    if (!parts.awaitExitHandled(id)) {
      fail(id, "the exit of container " + id.value() + " is still being handled, cannot remove");
    }
    try {
      StartOperation.quietly(() -> Mounts.unmount(parts.files.rootfs(id)));
      removeSnapshot(id);
      TreeRemover.delete(parts.files.dir(id));
    } catch (RuntimeException e) {
      fail(id, "unable to remove filesystem for " + id.value() + ": " + e.getMessage());
    }
    parts.wiring.ifPresent(w -> w.remove(id.value(), removeVolumes));
    ContainerRecord last = parts.get(id).record();
    parts.forget(id);
    parts.event(marked.record(), "destroy");
    parts.waiters.removed(id, new WaitResult(last.state().exitCode(), ""));
  }

  private void removeSnapshot(ContainerId id) {
    try {
      parts.snapshotter.remove(id.value());
    } catch (DrydockException.NotFound e) {
      // already gone (a crash between the snapshot's removal and the record's)
    }
  }

  private void fail(ContainerId id, String message) {
    parts.update(id, x -> x.withState(x.state().removalFailed(message, id.value())));
    throw new DrydockException.SystemError(message);
  }
}
