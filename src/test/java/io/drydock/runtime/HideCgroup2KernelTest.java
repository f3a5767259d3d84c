package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.Signal;
import io.drydock.runtime.cgroup.CgroupHost;
import io.drydock.runtime.cgroup.CgroupHostReader;
import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.cgroup.CgroupManagers;
import io.drydock.runtime.cgroup.CgroupResources;
import io.drydock.testing.CrunCgroupLayout;
import io.drydock.testing.HostFacts;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/hide-cgroup2} and the crun fixture on the real hybrid host: crun, refused here as it
 * is, runs through the script, and while its container exists the host's cgroup layout is the
 * same for everyone else — drydock's own cgroups, read from the host's view, keep working. That
 * window is where the earlier fixture (hugetlb moved to a v1 hierarchy) broke parallel builds.
 */
@KernelTest
class HideCgroup2KernelTest {
  @TempDir Path tmp;

  private static void requireHidingHere() throws Exception {
    Requirements.require("kernel", CrunCgroupLayout.plan().hideCgroup2() ? Optional.empty()
        : Optional.of("not a hybrid host whose cgroup2 mount holds hugetlb alone"));
  }

  private static String run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("%s ends", command).isTrue();
    assertThat(p.exitValue()).as("%s exits 0; said: %s", command, out).isZero();
    return out;
  }

  @Test
  void theCommandSeesNoCgroup2MountWhileTheHostKeepsIt() throws Exception {
    requireHidingHere();
    String inside = run(List.of(CrunCgroupLayout.HIDE_CGROUP2.toString(), "cat", "/proc/self/mountinfo"));
    assertThat(CrunCgroupLayout.cgroup2MountedAt(CrunCgroupLayout.UNIFIED, inside)).as("hidden from the command").isFalse();
    assertThat(inside).as("the rest of the host's view is left").contains(" /sys/fs/cgroup/memory ");
    String host = Files.readString(Path.of("/proc/self/mountinfo"));
    assertThat(CrunCgroupLayout.cgroup2MountedAt(CrunCgroupLayout.UNIFIED, host)).as("still mounted for everyone else").isTrue();
  }

  @Test
  void crunAsItIsRefusesThisHost() throws Exception {
    requireHidingHere();
    Requirements.require("kernel", CrunCgroupLayout.unifiedControllers().contains("hugetlb") ? Optional.empty()
        : Optional.of("the cgroup2 mount holds no controller now (moved by another process?)"));
    Path crun = HostFacts.which("crun").orElseThrow();
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("bundle")), List.of("true"), UnaryOperator.identity());
    BinaryRuntime plain = new BinaryRuntime(crun, tmp.resolve("plain"));
    assertThatThrownBy(() -> plain.create(RuntimeId.of(unique("refused")), bundle, CreateOptions.defaults()))
        .hasMessageContaining("hybrid mode not supported");
  }

  @Test
  void crunRunsThroughTheScriptAndMeanwhileTheHostsLayoutAndDrydocksCgroupsAreUnchanged() throws Exception {
    requireHidingHere();
    CrunCgroupLayout fixture = new CrunCgroupLayout();
    fixture.beforeAll(null);
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("bundle")), List.of("sleep", "30"), UnaryOperator.identity());
    Path script = fixture.crun();
    assertThat(script.getFileName()).hasToString("crun");
    BinaryRuntime crun = new BinaryRuntime(script, tmp.resolve("root"));
    RuntimeId id = RuntimeId.of(unique("hidden"));
    CgroupManager ours = CgroupManagers.onThisHost("drydock/" + unique("beside-crun"));
    try {
      CgroupHost before = CgroupHostReader.read();
      crun.create(id, bundle, CreateOptions.defaults());
      assertThat(crun.state(id).status()).isEqualTo("created");
      assertThat(CgroupHostReader.read()).as("the layout anyone else reads while crun's container exists").isEqualTo(before);
      ours.create(CgroupResources.none());
      assertThat(ours.exists()).isTrue();
      ours.destroy();
      assertThat(ours.exists()).isFalse();
      crun.start(id);
      assertThat(crun.state(id).status()).isEqualTo("running");
      assertThat(crun.stats(id).pids().current()).as("drydock reads crun's container cgroup").isPositive();
      crun.kill(id, Signal.KILL, false);
      assertThat(stoppedWithin(crun, id, Duration.ofSeconds(10))).as("crun's container ends when killed").isTrue();
    } finally {
      if (ours.exists()) {
        ours.destroy();
      }
      try {
        if (crun.list().stream().anyMatch(s -> s.id().equals(id.value()))) {
          crun.delete(id, true);
        }
        assertThat(crun.list()).isEmpty();
      } finally {
        fixture.afterAll(null);
      }
    }
    assertThat(script).as("the fixture's script goes with it").doesNotExist();
  }

  private static boolean stoppedWithin(BinaryRuntime crun, RuntimeId id, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!crun.state(id).status().equals("stopped")) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  private static String unique(String name) {
    return name + "-" + Long.toHexString(System.nanoTime() & 0xffffffL);
  }
}
