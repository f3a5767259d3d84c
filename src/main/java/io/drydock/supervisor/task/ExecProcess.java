package io.drydock.supervisor.task;

import java.util.concurrent.CompletableFuture;

/** A started exec: its host pid, its stdio, and its exit. */
public interface ExecProcess {
  String execId();

  long pid();

  TaskAttachment attachment();

  CompletableFuture<TaskExit> exited();

  void resize(int rows, int cols);
}
