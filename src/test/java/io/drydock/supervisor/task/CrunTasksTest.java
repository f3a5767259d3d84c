package io.drydock.supervisor.task;

import io.drydock.runtime.BinaryRuntime;
import io.drydock.testing.CrunCgroupLayout;
import io.drydock.testing.KernelTest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The task contract with crun: {@code crun run} as each shim's child. crun refuses this kind of
 * host's hybrid cgroups, so the class runs it as {@link CrunCgroupLayout} says (with the cgroup2 mount
 * hidden from crun alone); without crun it is skipped with a one-line reason.
 */
@KernelTest
@DisplayName("TasksContract [crun]")
class CrunTasksTest extends TasksContract {
  @RegisterExtension
  static final CrunCgroupLayout LAYOUT = new CrunCgroupLayout();

  @Override
  Tasks tasks(Path root) {
    return SupervisedTasks.binary(root, LAYOUT.crun(), root.resolveSibling("crun-root"));
  }

  @Override
  Optional<String> knownGap(Gap gap) {
    return switch (gap) {
      case TTY -> Optional.of("crun run in the foreground relays stdio through its own pipes; a tty needs terminal: true and --console-socket");
      case EXEC_KILL -> Optional.of("the shim runs `crun exec` in the foreground: a KILL ends crun, not the process it started");
      case OOM_WHILE_NO_SUPERVISOR -> new BinaryRuntime(LAYOUT.crun(), tmp.resolve("crun-probe")).keepsStoppedContainersAfterRun()
          ? Optional.empty()
          : Optional.of("crun run before 1.15 has no --keep: it removes the container's cgroup as the init exits, so only a"
              + " supervisor listening at the time sees the OOM");
    };
  }
}
