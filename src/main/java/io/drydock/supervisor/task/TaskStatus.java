package io.drydock.supervisor.task;

/** The states of a task, as containerd names them. */
public enum TaskStatus {
  CREATED,
  RUNNING,
  PAUSED,
  STOPPED
}
