package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.drydock.testing.KernelTest;
import io.drydock.testing.ScratchCgroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The warm-up write that starts the cgroup migration grace period early moves nobody: the process
 * stays in exactly the cgroups it was in, a non-root one included; a process already gone is no
 * error.
 */
@KernelTest
class CgroupMigrationWarmupKernelTest {
  private Process child;
  private Path cgroup;

  @AfterEach
  void cleanUp() throws Exception {
    if (child != null) {
      child.destroyForcibly();
      child.waitFor(10, TimeUnit.SECONDS);
    }
    ScratchCgroup.remove(cgroup);
  }

  @Test
  void theRewrittenProcessStaysInTheCgroupsItWasIn() throws Exception {
    cgroup = ScratchCgroup.make("pids");
    child = new ProcessBuilder("sleep", "30").start();
    Files.writeString(cgroup.resolve("cgroup.procs"), Long.toString(child.pid()));
    Path membership = Path.of("/proc/" + child.pid() + "/cgroup");
    String before = Files.readString(membership);
    assertThat(before).contains(":pids:/" + cgroup.getFileName());

    assertThat(CgroupMembership.firstProcsFile((int) child.pid())).contains(CgroupMembership.procsFiles((int) child.pid()).get(0));

    CgroupMigrationWarmup.rewriteInPlace(child.pid());

    assertThat(Files.readString(membership)).isEqualTo(before);
    assertThat(Files.readAllLines(cgroup.resolve("cgroup.procs"))).containsExactly(Long.toString(child.pid()));
  }

  @Test
  void aProcessAlreadyGoneIsNoError() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor(10, TimeUnit.SECONDS);
    assertThatCode(() -> CgroupMigrationWarmup.rewriteInPlace(gone.pid())).doesNotThrowAnyException();
  }
}
