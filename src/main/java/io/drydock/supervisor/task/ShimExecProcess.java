package io.drydock.supervisor.task;

import io.drydock.supervisor.shim.ShimHandle;
import io.drydock.supervisor.shim.TtySize;
import java.util.concurrent.CompletableFuture;

/** An exec under its own shim: the attachment made before it ran, and its exit. */
final class ShimExecProcess implements ExecProcess {
  private final String execId;
  private final long pid;
  private final ShimHandle shim;
  private final TaskAttachment attachment;
  private final CompletableFuture<TaskExit> exited;

  ShimExecProcess(String execId, long pid, ShimHandle shim, TaskAttachment attachment, CompletableFuture<TaskExit> exited) {
    this.execId = execId;
    this.pid = pid;
    this.shim = shim;
    this.attachment = attachment;
    this.exited = exited;
  }

  @Override
  public String execId() {
    return execId;
  }

  @Override
  public long pid() {
    return pid;
  }

  @Override
  public TaskAttachment attachment() {
    return attachment;
  }

  @Override
  public CompletableFuture<TaskExit> exited() {
    return exited;
  }

  @Override
  public void resize(int rows, int cols) {
    shim.client().resize(new TtySize(rows, cols));
  }

  /** The shim adopted the process (drydock's runtime) or runs it as its command: either way its KILL reaches it. */
  @Override
  public void kill(int signal) {
    shim.client().kill(signal);
  }
}
