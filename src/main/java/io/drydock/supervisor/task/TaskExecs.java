package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.supervisor.shim.ShimHandle;
import io.drydock.supervisor.shim.ShimSpec;
import io.drydock.supervisor.shim.TtySize;
import io.drydock.supervisor.store.TreeRemover;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Starts an exec: its own shim in {@code <root>/execs/<execId prefix>/} (a short path: the control
 * socket's must fit in sun_path), attached before the process runs, and a watcher that completes
 * its exit and removes the exec's directory.
 */
final class TaskExecs {
  private static final int DIR_NAME_LENGTH = 24;

  private final Path execsDir;
  private final ShimmedRuntime runtime;
  private final Executor watchers;
  private final TaskEventBus events;
  private final ExitFileEvents exitFiles;

  TaskExecs(Path execsDir, ShimmedRuntime runtime, Executor watchers, TaskEventBus events, ExitFileEvents exitFiles) {
    this.exitFiles = exitFiles;
    this.execsDir = execsDir;
    this.runtime = runtime;
    this.watchers = watchers;
    this.events = events;
  }

  ExecProcess start(LiveTask task, ExecSpec spec, Consumer<TaskOutput> output) {
    if (spec.tty() && !runtime.supportsTty()) {
      throw new DrydockException.InvalidArgument("tty execs are not supported with " + runtime.name()
          + " yet (its exec relays stdio through pipes in the foreground; a console socket is needed)");
    }
    io.drydock.runtime.spec.Process base = SpecCodec.read(Path.of(task.record().bundle(), "config.json")).process();
    io.drydock.runtime.spec.Process process = ExecProcessSpec.of(base, spec);
    String name = spec.execId().length() > DIR_NAME_LENGTH ? spec.execId().substring(0, DIR_NAME_LENGTH) : spec.execId();
    Path dir = execsDir.resolve(name);
    ShimSpec shim = ShimSpec.of(name, dir, List.of("true")).withEnv(Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"));
    shim = spec.openStdin() ? shim.withOpenStdin() : shim;
    shim = spec.tty() ? shim.withTty(new TtySize(24, 80)) : shim;
    CompletableFuture<TaskExit> exited = new CompletableFuture<>();
    AtomicReference<TaskAttachment> attachment = new AtomicReference<>();
    boolean stdin = spec.openStdin();
    ShimmedRuntime.StartedTaskExec started;
    AtomicReference<ShimHandle> shimStarted = new AtomicReference<>();
    try {
      started = runtime.exec(task.id, process, shim, h -> {
        shimStarted.set(h);
        attachment.set(ShimTaskAttachment.open(h, stdin, exited, output));
      });
    } catch (RuntimeException e) {
      Optional.ofNullable(attachment.get()).ifPresent(TaskAttachment::close);
      removeOnceEnded(shimStarted.get(), dir);
      throw e instanceof DrydockException ? e : new DrydockException.SystemError("exec in " + task.id + ": " + e.getMessage(), e);
    }
    events.publish(new TaskEvent(TaskEvent.Type.EXEC_START, task.id, Instant.now(), Optional.empty()));
    ShimHandle h = started.shim();
    watchers.execute(() -> {
      Optional<TaskExit> awaited = ExitWatcher.awaitUnlessClosed(h, Optional.empty(), exitFiles);
      if (awaited.isEmpty()) {
        return;
      }
      TaskExit exit = awaited.get();
      events.publish(new TaskEvent(TaskEvent.Type.EXEC_EXIT, task.id, Instant.now(), Optional.of(exit)));
      exited.complete(exit);
      TreeRemover.delete(dir);
    });
    return new ShimExecProcess(spec.execId(), started.pid(), h, attachment.get(), exited);
  }

  /**
   * The directory of an exec that failed to start: at once when no shim ran, else once its shim
   * has recorded the end of the process that never ran (removing it earlier races the shim's own
   * writes, and that error would hide the exec's).
   */
  private void removeOnceEnded(ShimHandle shim, Path dir) {
    if (shim == null) {
      TreeRemover.delete(dir);
      return;
    }
    watchers.execute(() -> {
      try {
        ExitWatcher.awaitUnlessClosed(shim, Optional.empty(), exitFiles);
      } finally {
        TreeRemover.delete(dir);
      }
    });
  }
}
