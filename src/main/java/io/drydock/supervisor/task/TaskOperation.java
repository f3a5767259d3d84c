package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;

/** Which operation a task allows in which status: one table, one refusal text per case. */
enum TaskOperation {
  START(TaskStatus.CREATED),
  KILL(TaskStatus.CREATED, TaskStatus.RUNNING, TaskStatus.PAUSED),
  PAUSE(TaskStatus.RUNNING),
  RESUME(TaskStatus.PAUSED),
  EXEC(TaskStatus.RUNNING),
  DELETE(TaskStatus.STOPPED),
  RESIZE(TaskStatus.CREATED, TaskStatus.RUNNING, TaskStatus.PAUSED);

  private final java.util.Set<TaskStatus> allowed;

  TaskOperation(TaskStatus first, TaskStatus... rest) {
    this.allowed = java.util.EnumSet.of(first, rest);
  }

  boolean allowedIn(TaskStatus status) {
    return allowed.contains(status);
  }

  /** Throws the Conflict a refused operation gets, naming the task's status. */
  void check(String id, TaskStatus status) {
    if (!allowedIn(status)) {
      throw new DrydockException.Conflict("cannot " + name().toLowerCase(java.util.Locale.ROOT) + " task " + id + ": it is "
          + status.name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
