package io.drydock.supervisor.task;

import io.drydock.runtime.LinuxRuntime;
import io.drydock.testing.KernelTest;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;

/** The task contract with drydock's own runtime: its helper runs as each shim's child. */
@KernelTest
@DisplayName("TasksContract [drydock]")
class DrydockTasksTest extends TasksContract {
  @Override
  Tasks tasks(Path root) {
    return SupervisedTasks.drydock(root, new LinuxRuntime(root.resolveSibling("runtime")));
  }
}
