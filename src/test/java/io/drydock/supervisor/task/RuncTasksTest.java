package io.drydock.supervisor.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.testing.HostFacts;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The task contract with runc: {@code runc run} as each shim's child. */
@KernelTest
class RuncTasksTest extends TasksContract {
  @Override
  Tasks tasks(Path root) {
    Requirements.require("kernel", HostFacts.onPath("runc") ? Optional.empty() : Optional.of("needs runc on the PATH"));
    return SupervisedTasks.binary(root, Path.of("runc"), root.resolveSibling("runc-root"));
  }

  @Test
  void aTtyTaskIsRefusedRatherThanGivenPipes() throws Exception {
    TaskSpec plain = spec("tty-refused", false, "true");
    TaskSpec tty = new TaskSpec(plain.id(), plain.bundle(), true, false, false, plain.log());
    assertThatThrownBy(() -> tasks.create(tty)).isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("tty");
    assertThat(tasks.list()).isEmpty();
    assertThat(root.resolve("tasks").resolve("tty-refused")).doesNotExist();
  }

  @Override
  Optional<String> knownGap(Gap gap) {
    return gap == Gap.TTY
        ? Optional.of("runc run in the foreground relays stdio through its own pipes; a tty needs terminal: true and --console-socket")
        : Optional.empty();
  }
}
