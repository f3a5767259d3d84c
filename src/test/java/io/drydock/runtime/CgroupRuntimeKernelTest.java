package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.CgroupStats;
import io.drydock.runtime.spec.Mount;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime makes each container's cgroup from config.json as runc does: limits read back in
 * cgroupfs and enforced, pause/resume/update on a live container, and no cgroup left after delete
 * or after a create that failed once the cgroup existed. Needs the v1 controllers of this machine.
 */
@KernelTest
class CgroupRuntimeKernelTest {
  private static final Path V1 = Path.of("/sys/fs/cgroup");
  @TempDir Path tmp;
  private LinuxRuntime rt;
  private Path root;

  @BeforeEach
  void setUp() {
    Requirements.require("kernel", Files.isRegularFile(V1.resolve("memory/cgroup.procs"))
        ? Optional.empty() : Optional.of("needs cgroup v1 controllers under /sys/fs/cgroup (this machine's hybrid layout)"));
    root = tmp.resolve("root");
    rt = new LinuxRuntime(root);
  }

  @AfterEach
  void nothingLeft() {
    for (var s : rt.list()) {
      rt.delete(RuntimeId.of(s.id()), true);
    }
  }

  private static List<Path> cgroupDirs(String id) throws IOException {
    try (Stream<Path> hierarchies = Files.list(V1)) {
      return hierarchies.map(h -> h.resolve("drydock").resolve(id)).filter(Files::exists).toList();
    }
  }

  private Path bundle(List<String> args, UnaryOperator<io.drydock.runtime.spec.Spec> edit) throws IOException {
    return BusyboxBundle.create(Files.createDirectory(tmp.resolve("b")), args, edit);
  }

  private RuntimeId createAndStart(String name, Path bundle) {
    RuntimeId id = RuntimeId.of(name);
    rt.create(id, bundle, CreateOptions.defaults().withStdio(
        new HelperSession.Stdio(Redirect.PIPE, Redirect.to(tmp.resolve(name + ".out").toFile()),
            Redirect.to(tmp.resolve(name + ".err").toFile()))));
    rt.start(id);
    return id;
  }

  @Test
  void disableOomKillerSwitchesTheKillerOffInMemoryOomControl() throws Exception {
    Path bundle = bundle(List.of("sleep", "30"), s -> SpecEdits.resources(s, new io.drydock.runtime.spec.Resources(null,
        new io.drydock.runtime.spec.Memory(64L << 20, null, null, null, null, null, true, null, null, Map.of()),
        null, null, null, null, null, null, null, Map.of())));
    RuntimeId id = createAndStart("nooom", bundle);
    List<String> control = Files.readAllLines(V1.resolve("memory/drydock/nooom/memory.oom_control"));
    assertThat(control).contains("oom_kill_disable 1");
    rt.kill(id, new io.drydock.common.Signal(9), false);
    rt.awaitExit(id, Duration.ofSeconds(30)).orElseThrow();
    rt.delete(id, false);
    assertThat(cgroupDirs("nooom")).isEmpty();
  }

  @Test
  void memoryLimitFromTheConfigIsInCgroupfsAndAnOomKillPastItIsReported() throws Exception {
    Path bundle = bundle(List.of("sh", "-c", "echo started; a=$(head -c 100000000 /dev/zero | tr '\\0' x); echo survived"),
        s -> SpecEdits.resources(s, SpecEdits.memoryAndPids(16L << 20, null)));
    RuntimeId id = RuntimeId.of("mem");
    rt.create(id, bundle, CreateOptions.defaults().withStdio(
        new HelperSession.Stdio(Redirect.PIPE, Redirect.to(tmp.resolve("mem.out").toFile()), Redirect.DISCARD)));
    Path memory = V1.resolve("memory/drydock/mem");
    assertThat(Files.readString(memory.resolve("memory.limit_in_bytes")).trim()).isEqualTo(Long.toString(16L << 20));
    assertThat(Files.readString(memory.resolve("cgroup.procs")).trim()).isEqualTo(Integer.toString(rt.state(id).pid()));
    rt.start(id);
    int code = rt.awaitExit(id, Duration.ofSeconds(30)).orElseThrow();
    assertThat(Files.readString(tmp.resolve("mem.out"))).startsWith("started").doesNotContain("survived");
    assertThat(code).isEqualTo(137);
    CgroupStats stats = rt.stats(id);
    assertThat(stats.memory().oomKills()).isPositive();
    assertThat(stats.memory().limit()).isEqualTo(16L << 20);
    rt.delete(id, false);
    assertThat(cgroupDirs("mem")).isEmpty();
  }

  @Test
  void pidsLimitFromTheConfigStopsAForkBomb() throws Exception {
    Path bundle = bundle(List.of("sh", "-c", "i=0; while [ $i -lt 40 ]; do sleep 1 & i=$((i+1)); done; echo forked; wait"),
        s -> SpecEdits.resources(s, SpecEdits.memoryAndPids(null, 8L)));
    RuntimeId id = createAndStart("forkbomb", bundle);
    assertThat(Files.readString(V1.resolve("pids/drydock/forkbomb/pids.max")).trim()).isEqualTo("8");
    assertThat(rt.awaitExit(id, Duration.ofSeconds(30))).isPresent();
    assertThat(Files.readString(tmp.resolve("forkbomb.err"))).contains("Resource temporarily unavailable");
    assertThat(Files.readString(V1.resolve("pids/drydock/forkbomb/pids.events"))).containsPattern("max [1-9]");
    rt.delete(id, false);
    assertThat(cgroupDirs("forkbomb")).isEmpty();
  }

  @Test
  void cpuSharesAndQuotaAreReadBack() throws Exception {
    Path bundle = bundle(List.of("sleep", "30"), s -> SpecEdits.resources(s, SpecEdits.cpu(512, 25_000, 100_000)));
    createAndStart("cpu", bundle);
    Path cpu = V1.resolve("cpu/drydock/cpu");
    assertThat(Files.readString(cpu.resolve("cpu.shares")).trim()).isEqualTo("512");
    assertThat(Files.readString(cpu.resolve("cpu.cfs_quota_us")).trim()).isEqualTo("25000");
    assertThat(Files.readString(cpu.resolve("cpu.cfs_period_us")).trim()).isEqualTo("100000");
  }

  @Test
  void pauseFreezesTheContainerAndResumeLetsItContinue() throws Exception {
    Path shared = Files.createDirectory(tmp.resolve("shared"));
    Path bundle = bundle(List.of("sh", "-c", "i=0; while true; do i=$((i+1)); echo $i > /tmp/counter; done"),
        s -> SpecEdits.addMount(s, new Mount("/tmp", "bind", shared.toString(), List.of("rbind", "rw"), null, null, Map.of())));
    RuntimeId id = createAndStart("pause", bundle);
    Path counter = shared.resolve("counter");
    waitUntil(() -> count(counter) > 10);
    rt.pause(id);
    assertThat(rt.state(id).status()).isEqualTo("paused");
    assertThatThrownBy(() -> rt.pause(id)).isInstanceOf(DrydockException.Conflict.class).hasMessage("container not running");
    long frozen = count(counter);
    Thread.sleep(300);
    assertThat(count(counter)).as("counter while paused").isEqualTo(frozen);
    rt.resume(id);
    assertThat(rt.state(id).status()).isEqualTo("running");
    waitUntil(() -> count(counter) > frozen + 10);
    assertThatThrownBy(() -> rt.resume(id)).isInstanceOf(DrydockException.Conflict.class).hasMessage("container not paused");
    rt.pause(id);
    rt.delete(id, true);
    assertThat(cgroupDirs("pause")).isEmpty();
  }

  @Test
  void updateChangesTheMemoryLimitOfARunningContainer() throws Exception {
    Path bundle = bundle(List.of("sleep", "30"), s -> SpecEdits.resources(s, SpecEdits.memoryAndPids(64L << 20, null)));
    RuntimeId id = createAndStart("update", bundle);
    Path limit = V1.resolve("memory/drydock/update/memory.limit_in_bytes");
    assertThat(Files.readString(limit).trim()).isEqualTo(Long.toString(64L << 20));
    rt.update(id, SpecEdits.memoryAndPids(32L << 20, 20L));
    assertThat(Files.readString(limit).trim()).isEqualTo(Long.toString(32L << 20));
    assertThat(Files.readString(V1.resolve("pids/drydock/update/pids.max")).trim()).isEqualTo("20");
    assertThat(rt.stats(id).pids().limit()).isEqualTo(20);
    assertThat(rt.pids(id)).hasSize(1).containsExactly(rt.state(id).pid());
  }

  @Test
  void deleteLeavesNoCgroupInAnyHierarchyAndACustomPathIsHonoured() throws Exception {
    Path bundle = bundle(List.of("sleep", "30"), s -> SpecEdits.linux(s, "/drydock-test-parent/custom", null, null));
    RuntimeId id = createAndStart("custom", bundle);
    List<Path> dirs;
    try (Stream<Path> hierarchies = Files.list(V1)) {
      dirs = hierarchies.map(h -> h.resolve("drydock-test-parent/custom")).filter(Files::exists).toList();
    }
    assertThat(dirs).extracting(p -> p.getParent().getParent().getFileName().toString())
        .contains("memory", "pids", "cpu", "freezer", "devices");
    for (Path d : dirs) {
      assertThat(Files.readString(d.resolve("cgroup.procs"))).contains(Integer.toString(rt.state(id).pid()));
    }
    rt.delete(id, true);
    for (Path d : dirs) {
      assertThat(d).doesNotExist();
      Files.deleteIfExists(d.getParent());
    }
  }

  @Test
  void aCreateThatFailsAfterTheCgroupWasMadeLeavesNoCgroup() throws Exception {
    Path bundle = bundle(List.of("true"), s -> SpecEdits.addMount(SpecEdits.resources(s, SpecEdits.memoryAndPids(64L << 20, 10L)),
        new Mount("/mnt", "nosuchfs", "none", List.of(), null, null, Map.of())));
    RuntimeId id = RuntimeId.of("failed");
    assertThatThrownBy(() -> rt.create(id, bundle, CreateOptions.defaults()))
        .isInstanceOf(DrydockException.class).hasMessageContaining("/mnt");
    assertThat(cgroupDirs("failed")).isEmpty();
    assertThat(root.resolve("failed")).doesNotExist();
  }

  @Test
  void theInitIsInEveryCgroupOnceCreateReturns() throws Exception {
    // the init builds its filesystem while the helper moves it into its cgroups: READY must wait for both
    String name = "joined-" + ProcessHandle.current().pid();
    Path bundle = bundle(List.of("sleep", "30"), s -> SpecEdits.resources(s, SpecEdits.memoryAndPids(64L << 20, 20L)));
    RuntimeId id = RuntimeId.of(name);
    rt.create(id, bundle, CreateOptions.defaults());
    String pid = Integer.toString(rt.state(id).pid());
    List<Path> dirs = cgroupDirs(name);
    assertThat(dirs).extracting(p -> p.getParent().getParent().getFileName().toString())
        .contains("memory", "pids", "cpu", "freezer", "devices", "blkio");
    for (Path d : dirs) {
      assertThat(Files.readAllLines(d.resolve("cgroup.procs"))).as("%s", d).containsExactly(pid);
    }
    rt.delete(id, true);
  }

  @Test
  void aCreateRefusedAfterTheHelperWasStartedLeavesNoHelperBehind() throws Exception {
    // the helper starts while the cgroup is made; a cgroup that still holds a process refuses the create
    String cg = "drydock-test-busy-" + ProcessHandle.current().pid();
    Path busy = V1.resolve("pids").resolve(cg);
    Files.createDirectory(busy);
    Process sleeper = new ProcessBuilder("sleep", "30").start();
    try {
      Files.writeString(busy.resolve("cgroup.procs"), Long.toString(sleeper.pid()));
      Path bundle = bundle(List.of("true"), s -> SpecEdits.linux(s, "/" + cg, null, null));
      assertThatThrownBy(() -> rt.create(RuntimeId.of("busy"), bundle, CreateOptions.defaults()))
          .isInstanceOf(DrydockException.Conflict.class).hasMessageContaining("is not empty");
      assertThat(ProcessHandle.current().descendants()
          .filter(h -> h.info().arguments().map(a -> String.join(" ", a).contains(root.toString())).orElse(false))
          .map(ProcessHandle::pid).toList()).isEmpty();
      assertThat(root.resolve("busy")).doesNotExist();
    } finally {
      sleeper.destroyForcibly().waitFor();
      for (int i = 0; i < 200 && Files.exists(busy); i++) {
        try {
          Files.delete(busy);
        } catch (IOException e) {
          Thread.sleep(10);
        }
      }
    }
  }

  @Test
  void aBadResourceValueIsRefusedBeforeAnythingExists() throws Exception {
    Path bundle = bundle(List.of("true"), s -> SpecEdits.resources(s, SpecEdits.memoryAndPids(1024L, null)));
    assertThatThrownBy(() -> rt.create(RuntimeId.of("tiny"), bundle, CreateOptions.defaults()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("Minimum memory limit allowed is 6MB");
    assertThat(cgroupDirs("tiny")).isEmpty();
    assertThat(root.resolve("tiny")).doesNotExist();
  }

  /** The counter's value; 0 while the shell has just truncated the file to rewrite it. */
  private static long count(Path counter) {
    try {
      String s = Files.readString(counter).trim();
      return s.isEmpty() ? 0 : Long.parseLong(s);
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  /** Polls until {@code condition} is seen true once (the counter file is rewritten all the time). */
  private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    boolean seen = false;
    for (int i = 0; i < 500 && !seen; i++) {
      seen = condition.getAsBoolean();
      if (!seen) {
        Thread.sleep(10);
      }
    }
    assertThat(seen).as("condition within 5 s").isTrue();
  }
}
