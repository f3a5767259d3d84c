package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.supervisor.snapshot.Mounts;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * {@code DELETE /containers/{id}}: marks the container as being removed (refusals come from the
 * lifecycle table), with {@code force} kills its task and waits for the exit to be handled,
 * unmounts the rootfs, releases its networks (and with {@code v} its anonymous volumes), deletes
 * the record durably, frees the name, answers waiters of {@code condition=removed} and emits
 * {@code destroy}. Before the record goes, the container's files are checked for what would make
 * their deletion fail (a mount still below its directory: dockerd's {@code unable to remove
 * filesystem}); the deletion itself follows the answer ({@link ContainerFilesRemoval}). The
 * record's deletion is the commit point. A failure before it marks the container dead, and a later
 * removal finishes it.
 *
 * <p>What survives what: the {@code removing} mark is written atomically but without fsyncs
 * ({@link ServiceParts#mark}), so a daemon killed during the removal finds it and
 * {@code Recovery} makes the container dead, as before; only a power cut during the removal may
 * bring the container back as it was before the mark (exited, say), and a second removal then
 * finishes it. The record's deletion is fsynced (its directory): once the removal has answered,
 * the container does not come back, power cut or not.
 */
final class RemoveOperation implements AutoCloseable {
  private final ServiceParts parts;
  private final ContainerFilesRemoval files;

  RemoveOperation(ServiceParts parts) {
    this.parts = parts;
    this.files = new ContainerFilesRemoval(parts);
  }

  /** Waits (bounded) for the files of removed containers to be deleted. */
  @Override
  public void close() {
    files.close();
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
    StoredContainer marked = parts.mark(id, x -> x.withState(x.state().removing(force, id.value())));
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
    StartOperation.quietly(() -> Mounts.unmount(parts.files.rootfs(id)));
    StartOperation.quietly(() -> ShareableShm.release(parts.files.shm(id)));
    parts.wiring.ifPresent(w -> w.remove(id.value(), removeVolumes));
    try {
      files.check(id);
    } catch (RuntimeException e) {
      fail(id, "unable to remove filesystem for " + id.value() + ": " + e.getMessage());
    }
    ContainerRecord last = parts.get(id).record();
    try {
      parts.store.delete(id);
    } catch (RuntimeException e) {
      fail(id, "unable to remove container " + id.value() + ": " + e.getMessage());
    }
    parts.forget(id);
    files.submit(id);
    parts.event(marked.record(), "destroy");
    parts.waiters.removed(id, new WaitResult(last.state().exitCode(), ""));
  }

  private void fail(ContainerId id, String message) {
    parts.update(id, x -> x.withState(x.state().removalFailed(message, id.value())));
    throw new DrydockException.SystemError(message);
  }
}
