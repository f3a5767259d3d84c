package io.drydock.supervisor.task;

import java.util.concurrent.CompletableFuture;

/** A started exec: its host pid, its stdio, and its exit. */
public interface ExecProcess {
  String execId();

  long pid();

  TaskAttachment attachment();

  CompletableFuture<TaskExit> exited();

  void resize(int rows, int cols);

  /**
   * Sends {@code signal} to the exec's own process through its shim (containerd's {@code Kill}
   * with an exec id); its children are not signalled. An exec that already ended is a conflict.
   */
  void kill(int signal);
}
