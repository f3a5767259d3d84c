package io.drydock.supervisor.task;

import io.drydock.testing.HostFacts;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;

/** The task contract with runc: {@code runc run} as each shim's child. */
@KernelTest
@DisplayName("TasksContract [runc]")
class RuncTasksTest extends TasksContract {
  @Override
  Tasks tasks(Path root) {
    Requirements.require("kernel", HostFacts.onPath("runc") ? Optional.empty() : Optional.of("needs runc on the PATH"));
    return SupervisedTasks.binary(root, Path.of("runc"), root.resolveSibling("runc-root"));
  }

  @Override
  Optional<String> knownGap(Gap gap) {
    return switch (gap) {
      case TTY -> Optional.of("runc run in the foreground relays stdio through its own pipes; a tty needs terminal: true and --console-socket");
      case EXEC_KILL -> Optional.of("the shim runs `runc exec` in the foreground: a KILL ends runc, not the process it started");
      case OOM_WHILE_NO_SUPERVISOR -> Optional.empty();
    };
  }
}
