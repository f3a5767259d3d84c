package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.testing.KernelTest;
import io.drydock.testing.ScratchCgroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan's cgroupProcsFiles put the init into a cgroup before it runs anything: a hand-made v1
 * memory cgroup OOM-kills a process past its limit, a pids cgroup stops a fork bomb.
 */
@KernelTest
class CgroupProcsKernelTest {
  @TempDir Path tmp;
  private Path cgroup;

  private Path makeCgroup(String controller) throws Exception {
    cgroup = ScratchCgroup.make(controller);
    return cgroup;
  }

  @AfterEach
  void removeCgroup() throws Exception {
    ScratchCgroup.remove(cgroup);
  }

  @Test
  void aMemoryLimitOomKillsTheContainer() throws Exception {
    Path cg = makeCgroup("memory");
    Files.writeString(cg.resolve("memory.limit_in_bytes"), Integer.toString(16 << 20));
    if (Files.exists(cg.resolve("memory.memsw.limit_in_bytes"))) {
      Files.writeString(cg.resolve("memory.memsw.limit_in_bytes"), Integer.toString(16 << 20));
    }
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")),
        List.of("sh", "-c", "echo started; a=$(head -c 100000000 /dev/zero | tr '\\0' x); echo survived"));
    ContainerRun.Result r = ContainerRun.run(new LinuxRuntime(tmp.resolve("root")), RuntimeId.of("oom"), bundle, tmp,
        plan -> plan.withCgroupProcsFiles(List.of(cg.resolve("cgroup.procs"))));
    assertThat(r.out()).as(r.toString()).startsWith("started").doesNotContain("survived");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(137);
    assertThat(Files.readString(cg.resolve("memory.oom_control"))).containsPattern("oom_kill [1-9]");
    assertThat(Files.readString(cg.resolve("cgroup.procs"))).isEmpty();
  }

  @Test
  void pidsMaxStopsAForkBomb() throws Exception {
    Path cg = makeCgroup("pids");
    Files.writeString(cg.resolve("pids.max"), "8");
    Path bundle = BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")),
        List.of("sh", "-c", "i=0; while [ $i -lt 40 ]; do sleep 1 & i=$((i+1)); done; echo forked; wait"));
    ContainerRun.Result r = ContainerRun.run(new LinuxRuntime(tmp.resolve("root")), RuntimeId.of("forkbomb"), bundle, tmp,
        plan -> plan.withCgroupProcsFiles(List.of(cg.resolve("cgroup.procs"))));
    assertThat(r.err()).contains("Resource temporarily unavailable");
    assertThat(Files.readString(cg.resolve("pids.events"))).containsPattern("max [1-9]");
  }
}
