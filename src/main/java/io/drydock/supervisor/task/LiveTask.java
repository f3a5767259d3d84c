package io.drydock.supervisor.task;

import io.drydock.supervisor.shim.ShimHandle;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One task as this supervisor holds it: its record, its shim while alive, its status and the
 * future of its exit. Status changes and the events announcing them happen under the task's lock,
 * so START is always published before EXIT.
 */
final class LiveTask {
  final String id;
  final Path dir;
  final CompletableFuture<TaskExit> exited = new CompletableFuture<>();
  private TaskRecord record;
  private final Optional<ShimHandle> shim;
  private TaskStatus status;

  LiveTask(Path dir, TaskRecord record, Optional<ShimHandle> shim, TaskStatus status) {
    this.id = record.id();
    this.dir = dir;
    this.record = record;
    this.shim = shim;
    this.status = status;
  }

  synchronized TaskRecord record() {
    return record;
  }

  synchronized void update(TaskRecord r) {
    r.save(dir);
    record = r;
  }

  synchronized TaskStatus status() {
    return status;
  }

  synchronized void status(TaskStatus s) {
    status = s;
  }

  Optional<ShimHandle> shim() {
    return shim;
  }

  synchronized TaskInfo info() {
    long pid = status == TaskStatus.STOPPED ? 0 : record.pid();
    return new TaskInfo(id, status, pid, exited.isDone() ? Optional.of(exited.join()) : Optional.empty());
  }
}
