package io.drydock.supervisor.task;

import io.drydock.supervisor.shim.LogOptions;
import io.drydock.supervisor.shim.ShimSpec;
import io.drydock.supervisor.shim.TtySize;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How every task's shim is started: the same small environment for all (the runtime's helper runs
 * under it, and standby shims are started with it before any task is known), the task's stdio mode
 * and its log (none for the {@code none} driver).
 */
final class TaskShims {
  /** The environment of every task's shim (and so of the runtime's helper under it). */
  static final Map<String, String> ENV = Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");

  private TaskShims() {}

  /** The shim of {@code spec}, its state in {@code dir}; the command is set by the runtime. */
  static ShimSpec of(TaskSpec spec, Path dir) {
    TaskLog log = spec.log();
    LogOptions options = log.path().isEmpty() ? LogOptions.discarded()
        : new LogOptions(Math.max(0, log.maxSize()), Math.max(1, log.maxFiles()), log.compress(), false);
    ShimSpec s = new ShimSpec(spec.id(), dir, List.of("true"), ENV, false, spec.openStdin(), Optional.empty(), options, false, log.path());
    return spec.tty() ? s.withTty(new TtySize(24, 80)) : s;
  }
}
