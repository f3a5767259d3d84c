package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.cgroup.CgroupManagers;
import io.drydock.supervisor.shim.ExitStatus;
import io.drydock.supervisor.shim.RecoveredTask;
import io.drydock.supervisor.shim.ShimPaths;
import io.drydock.supervisor.shim.ShimRecovery;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Rebuilds the tasks a previous supervisor left in {@code <root>/tasks}: a live shim → the task is
 * created, running or paused as before; exit.json → stopped with that status (or the exit the JVM
 * had observed, see {@link TaskRecord#observedExitCode}); shim gone without a record → stopped
 * with 255, as containerd does. A directory without task.json is a create that never finished and
 * is removed.
 */
final class TaskRecovery {
  private TaskRecovery() {}

  static List<LiveTask> recover(Path tasksDir) {
    List<LiveTask> found = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(tasksDir)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        Optional<TaskRecord> record = TaskRecord.load(dir);
        if (record.isEmpty()) {
          TreeRemover.delete(dir);
          continue;
        }
        found.add(recover(dir, record.get()));
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("scan task state in " + tasksDir + ": " + e.getMessage(), e);
    }
    return found;
  }

  private static LiveTask recover(Path dir, TaskRecord r) {
    RecoveredTask found = new ShimRecovery().inspect(new ShimPaths(r.id(), dir));
    if (found instanceof RecoveredTask.Running running) {
      return new LiveTask(dir, r, Optional.of(running.handle()), liveStatus(r));
    }
    LiveTask t = new LiveTask(dir, r, Optional.empty(), TaskStatus.STOPPED);
    TaskExit exit;
    if (found instanceof RecoveredTask.Exited exited) {
      ExitStatus s = exited.status();
      exit = r.observedExitCode() == null ? ExitWatcher.of(s)
          : new TaskExit(r.observedExitCode(), java.util.OptionalInt.empty(), s.exitedAt(), s.oomKilled());
    } else {
      exit = ExitWatcher.lost(Instant.now());
    }
    t.exited.complete(exit.oomKilled() || !oomKilled(r) ? exit
        : new TaskExit(exit.exitCode(), exit.signal(), exit.exitedAt(), true));
    return t;
  }

  /**
   * Whether the OOM killer struck in the task's cgroup. The exit was not watched by this JVM, so
   * the count is read now, as the watcher would have at the exit: the cgroup stays until delete.
   */
  static boolean oomKilled(TaskRecord r) {
    return r.cgroup().map(path -> {
      try {
        CgroupManager m = CgroupManagers.onThisHost(path.startsWith("/") ? path.substring(1) : path);
        return m.exists() && m.stats().memory().oomKills() > 0;
      } catch (RuntimeException e) {
        return false;
      }
    }).orElse(false);
  }

  private static TaskStatus liveStatus(TaskRecord r) {
    if (!r.started()) {
      return TaskStatus.CREATED;
    }
    return r.cgroup().map(TaskRecovery::frozen).orElse(false) ? TaskStatus.PAUSED : TaskStatus.RUNNING;
  }

  private static boolean frozen(String path) {
    CgroupManager m = CgroupManagers.onThisHost(path.startsWith("/") ? path.substring(1) : path);
    return m.exists() && m.isFrozen();
  }
}
