package io.drydock.supervisor.task;

import io.drydock.testing.HostFacts;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.nio.file.Path;
import java.util.Optional;

/** The task contract with runc: {@code runc run} as each shim's child. */
@KernelTest
class RuncTasksTest extends TasksContract {
  @Override
  Tasks tasks(Path root) {
    Requirements.require("kernel", HostFacts.onPath("runc") ? Optional.empty() : Optional.of("needs runc on the PATH"));
    return SupervisedTasks.binary(root, Path.of("runc"), root.resolveSibling("runc-root"));
  }
}
