package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;
import io.drydock.supervisor.shim.Attachment;
import io.drydock.supervisor.shim.LogStream;
import io.drydock.supervisor.shim.OutputFrame;
import io.drydock.supervisor.shim.ShimHandle;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link TaskAttachment} over a shim's attach connection. The exit it reports is the task's own
 * (from {@link Tasks#exited}), taken once the shim's EXIT frame said all output was delivered.
 */
final class ShimTaskAttachment implements TaskAttachment {
  private final Attachment attachment;
  private final boolean hasStdin;
  private final CompletableFuture<TaskExit> exited;

  private ShimTaskAttachment(Attachment attachment, boolean hasStdin, CompletableFuture<TaskExit> exited) {
    this.attachment = attachment;
    this.hasStdin = hasStdin;
    this.exited = exited;
  }

  static ShimTaskAttachment open(ShimHandle shim, boolean hasStdin, CompletableFuture<TaskExit> exited,
      Consumer<TaskOutput> output) {
    return new ShimTaskAttachment(shim.client().attach(f -> output.accept(convert(f))), hasStdin, exited);
  }

  static TaskOutput convert(OutputFrame f) {
    return new TaskOutput(f.stream() == LogStream.STDERR ? TaskOutput.Stream.STDERR : TaskOutput.Stream.STDOUT, f.data());
  }

  @Override
  public OutputStream stdin() {
    if (!hasStdin) {
      throw new DrydockException.Conflict("the task was created without an open stdin");
    }
    return attachment.stdin();
  }

  @Override
  public void closeStdin() {
    try {
      attachment.closeStdin();
    } catch (IOException e) {
      throw new DrydockException.Unavailable("close stdin: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<TaskExit> awaitExit(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      if (attachment.awaitExit(timeout).isEmpty()) {
        return Optional.empty();
      }
      long left = Math.max(0, deadline - System.nanoTime());
      return Optional.of(exited.get(left, TimeUnit.NANOSECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    try {
      attachment.close();
    } catch (IOException e) {
      // detaching from a connection that already ended
    }
  }
}
