package io.drydock.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * A throwaway cgroup made by hand in one v1 hierarchy, for kernel tests of what the runtime does
 * with a cgroup it is given: made under a unique name (skipping with a reason when the hierarchy is
 * missing), and removed afterwards once its last process has gone, failing if it cannot be.
 */
public final class ScratchCgroup {
  private ScratchCgroup() {}

  /** A new empty cgroup under {@code /sys/fs/cgroup/<controller>}. */
  public static Path make(String controller) throws IOException {
    Path parent = Path.of("/sys/fs/cgroup", controller);
    Requirements.require("kernel", Files.isRegularFile(parent.resolve("cgroup.procs"))
        ? Optional.empty() : Optional.of("needs a cgroup v1 " + controller + " hierarchy at " + parent));
    return Files.createDirectory(parent.resolve("drydock-test-" + UUID.randomUUID().toString().substring(0, 8)));
  }

  /** Removes {@code cgroup} (null: nothing), waiting up to 5 s for the kernel to let its processes go. */
  public static void remove(Path cgroup) throws InterruptedException {
    if (cgroup == null) {
      return;
    }
    for (int i = 0; i < 100 && Files.exists(cgroup); i++) {
      try {
        Files.delete(cgroup);
      } catch (IOException e) {
        Thread.sleep(50);
      }
    }
    assertThat(cgroup).doesNotExist();
  }
}
