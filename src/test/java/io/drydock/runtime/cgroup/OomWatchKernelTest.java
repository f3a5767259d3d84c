package io.drydock.runtime.cgroup;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OOM listener on a real v1 memory cgroup that is removed right after its process exits, as
 * crun run does: an OOM kill is seen, a plain exit is not, and the listener ends with the cgroup.
 */
@KernelTest
class OomWatchKernelTest {
  private final String path = "drydock/oomwatch-" + Long.toHexString(System.nanoTime() & 0xffffffL);
  private CgroupManager cgroup;

  @BeforeEach
  void setUp() {
    Requirements.require("kernel", CgroupHostReader.read().hasV1("memory") ? Optional.empty()
        : Optional.of("needs a v1 memory hierarchy (the OOM listener is for v1)"));
    cgroup = CgroupManagers.onThisHost(path);
    cgroup.create(CgroupResources.builder().memoryLimit(16L << 20).build());
  }

  @AfterEach
  void cleanUp() {
    if (cgroup.exists()) {
      cgroup.killAll(9);
      cgroup.destroy();
    }
  }

  private int runInCgroup(String script) throws Exception {
    Path procs = CgroupHostReader.read().v1Mounts().get("memory").resolve(path).resolve("cgroup.procs");
    Process p = new ProcessBuilder("sh", "-c", "echo $$ > " + procs + "; exec sh -c '" + script + "'")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("the process ended").isTrue();
    return p.exitValue();
  }

  private static OomWatch registered(OomWatch watch) throws InterruptedException {
    Thread.sleep(100);
    return watch;
  }

  @Test
  void anOomKillIsSeenThoughTheCgroupIsRemovedRightAfter() throws Exception {
    OomWatch watch = registered(OomWatch.start(path, Duration.ofSeconds(5)).orElseThrow());
    int code = runInCgroup("a=$(head -c 100000000 /dev/zero | tr \"\\0\" x); echo survived");
    cgroup.destroy();
    assertThat(watch.oomKilled(Duration.ofSeconds(5), true)).as("exit code " + code).isTrue();
  }

  @Test
  void aListenerStartedBeforeTheCgroupExistsRegistersWhenItAppears() throws Exception {
    cgroup.destroy();
    OomWatch watch = OomWatch.start(path, Duration.ofSeconds(10)).orElseThrow();
    Thread.sleep(50);
    cgroup.create(CgroupResources.builder().memoryLimit(16L << 20).build());
    registered(watch);
    runInCgroup("a=$(head -c 100000000 /dev/zero | tr \"\\0\" x); echo survived");
    cgroup.destroy();
    assertThat(watch.oomKilled(Duration.ofSeconds(5), true)).isTrue();
  }

  @Test
  void aPlainExitIsNoOomAndTheListenerEndsWithTheCgroup() throws Exception {
    OomWatch watch = registered(OomWatch.start(path, Duration.ofSeconds(5)).orElseThrow());
    assertThat(runInCgroup("exit 0")).isZero();
    cgroup.destroy();
    Thread.sleep(200);
    long start = System.nanoTime();
    assertThat(watch.oomKilled(Duration.ofSeconds(5), false)).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("an exit not by SIGKILL does not wait the grace")
        .isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void aCgroupThatNeverAppearsIsNoOomAndItsListenerGivesUp() {
    OomWatch watch = OomWatch.start(path + "-none", Duration.ofMillis(200)).orElseThrow();
    assertThat(watch.oomKilled(Duration.ofSeconds(5), true)).isFalse();
    assertThat(Files.exists(Path.of("/sys/fs/cgroup/memory").resolve(path + "-none"))).isFalse();
  }
}
