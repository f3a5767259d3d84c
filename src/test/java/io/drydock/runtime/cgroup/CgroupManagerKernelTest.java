package io.drydock.runtime.cgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.os.SignalCalls;
import io.drydock.testing.KernelTest;
import io.drydock.testing.Requirements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The managers on this host's real cgroup hierarchies, with real processes. */
@KernelTest
class CgroupManagerKernelTest {
  private static final long MIB = 1024 * 1024;
  private static final int SIGKILL = 9;

  private final String parent = "drydock-test-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<Process> started = new ArrayList<>();
  private CgroupHost host;
  private CgroupManager cgroup;

  @BeforeEach
  void manager() {
    host = CgroupHostReader.read();
    Requirements.require("kernel", host.hasV1("memory") || host.unifiedControllers().contains("memory")
        ? Optional.empty() : Optional.of("needs the memory cgroup controller"));
    cgroup = CgroupManagers.onThisHost(CgroupManagers.containerPath(parent, "c1"));
  }

  @AfterEach
  void cleanUp() throws Exception {
    try {
      if (cgroup.exists() && cgroup.isFrozen()) {
        cgroup.thaw();
      }
    } catch (DrydockException.Unavailable noFreezer) {
      assertThat(noFreezer).hasMessageContaining("freez");
    } finally {
      for (Process p : started) {
        SignalCalls.kill(p.pid(), SIGKILL);
        p.waitFor(5, TimeUnit.SECONDS);
      }
      List<String> left = new ArrayList<>();
      for (Path mount : mounts()) {
        left.addAll(removeTree(mount.resolve(parent)));
      }
      assertThat(left).as("cgroups the test could not remove").isEmpty();
    }
  }

  private List<Path> mounts() {
    List<Path> mounts = new ArrayList<>(host.v1Hierarchies());
    host.unifiedMount().ifPresent(mounts::add);
    return mounts;
  }

  /**
   * Removes a cgroup tree, children first. A cgroup whose last process was just killed can still
   * list it for a moment (rmdir answers EBUSY), so each one is given a bounded wait for an empty
   * {@code cgroup.procs} and a few tries; what still cannot be removed is returned, not swallowed.
   */
  static List<String> removeTree(Path dir) throws IOException, InterruptedException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> dirs;
    try (Stream<Path> walk = Files.walk(dir)) {
      dirs = walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
    }
    List<String> left = new ArrayList<>();
    for (Path d : dirs) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      Path procs = d.resolve("cgroup.procs");
      while (Files.exists(procs) && !read(procs).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      IOException last = null;
      while (Files.exists(d)) {
        try {
          Files.deleteIfExists(d);
        } catch (IOException e) {
          last = e;
          if (System.nanoTime() >= deadline) {
            break;
          }
          Thread.sleep(20);
        }
      }
      if (Files.exists(d)) {
        left.add(d + ": " + (last == null ? "still there" : last.toString()));
      }
    }
    return left;
  }

  private Path v1(String controller) {
    return host.v1Mounts().get(controller).resolve(parent).resolve("c1");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file).trim();
  }

  private Process start(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    started.add(p);
    return p;
  }

  @Test
  void createWritesTheLimitsAndDestroyLeavesNothing() throws Exception {
    Requirements.require("kernel", host.hasV1("memory") && host.hasV1("pids") && host.hasV1("cpu")
        ? Optional.empty() : Optional.of("needs v1 memory, pids and cpu hierarchies"));
    boolean swapAccounting = Files.exists(host.v1Mounts().get("memory").resolve("memory.memsw.limit_in_bytes"));
    CgroupResources.Builder limits = CgroupResources.builder().memoryLimit(64 * MIB).pidsLimit(50)
        .cpuShares(512).cpuQuota(50_000).cpuPeriod(100_000);
    if (swapAccounting) {
      limits.memorySwap(128 * MIB);
    }

    cgroup.create(limits.build());

    assertThat(read(v1("memory").resolve("memory.limit_in_bytes"))).isEqualTo(Long.toString(64 * MIB));
    if (swapAccounting) {
      assertThat(read(v1("memory").resolve("memory.memsw.limit_in_bytes"))).isEqualTo(Long.toString(128 * MIB));
    }
    assertThat(read(v1("pids").resolve("pids.max"))).isEqualTo("50");
    assertThat(read(v1("cpu").resolve("cpu.shares"))).isEqualTo("512");
    assertThat(read(v1("cpu").resolve("cpu.cfs_quota_us"))).isEqualTo("50000");
    assertThat(read(v1("cpu").resolve("cpu.cfs_period_us"))).isEqualTo("100000");
    for (Path procs : cgroup.procsFiles()) {
      assertThat(procs).exists();
    }

    cgroup.destroy();

    for (Path mount : mounts()) {
      assertThat(mount.resolve(parent).resolve("c1")).as("in " + mount).doesNotExist();
    }
  }

  @Test
  void aProcessJoinsIsCountedAndKilled() throws Exception {
    cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB).build());
    // v1 does not move a process's existing memory charge, so it execs (and allocates) after joining
    // it waits on a shell builtin (no child that could fork before or after the move), then execs
    Process sleeper = start("/bin/sh", "-c", "read go; exec /bin/sleep 30");

    cgroup.addProcess(sleeper.pid());
    sleeper.getOutputStream().write('\n');
    sleeper.getOutputStream().flush();

    assertThat(cgroup.pids()).containsExactly(sleeper.pid());
    if (host.hasV1("memory")) {
      assertThat(Files.readAllLines(v1("memory").resolve("tasks"))).contains(Long.toString(sleeper.pid()));
    }
    assertThat(Files.readString(Path.of("/proc", Long.toString(sleeper.pid()), "cgroup")))
        .contains("/" + parent + "/c1");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (cgroup.stats().memory().usage() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    CgroupStats stats = cgroup.stats();
    assertThat(stats.memory().usage()).isPositive();
    assertThat(stats.memory().limit()).isEqualTo(64 * MIB);
    assertThat(stats.pids().current()).isEqualTo(1);

    cgroup.killAll(SIGKILL);

    assertThat(sleeper.waitFor(5, TimeUnit.SECONDS)).isTrue();
    cgroup.destroy();
    assertThat(cgroup.exists()).isFalse();
  }

  @Test
  void destroyRefusesWhileAProcessRemains() throws Exception {
    cgroup.create(CgroupResources.none());
    Process sleeper = start("/bin/sleep", "30");
    cgroup.addProcess(sleeper.pid());

    assertThatThrownBy(cgroup::destroy).isInstanceOf(DrydockException.Conflict.class)
        .hasMessageContaining("[" + sleeper.pid() + "]").hasMessageContaining("still in it");
    assertThat(sleeper.isAlive()).isTrue();

    SignalCalls.kill(sleeper.pid(), SIGKILL);
    assertThat(sleeper.waitFor(5, TimeUnit.SECONDS)).isTrue();
    cgroup.destroy();
    assertThat(cgroup.exists()).isFalse();
  }

  @Test
  void freezeStopsABusyLoopAndThawResumesIt() throws Exception {
    cgroup.create(CgroupResources.none());
    Process spinner = start("/bin/sh", "-c", "while :; do :; done");
    cgroup.addProcess(spinner.pid());

    cgroup.freeze();

    assertThat(cgroup.isFrozen()).isTrue();
    if (host.hasV1("freezer")) {
      assertThat(read(v1("freezer").resolve("freezer.state"))).isEqualTo("FROZEN");
    }
    long frozenAt = cpuTicks(spinner.pid());
    Thread.sleep(300);
    assertThat(cpuTicks(spinner.pid())).as("cpu time while frozen").isEqualTo(frozenAt);

    cgroup.thaw();

    assertThat(cgroup.isFrozen()).isFalse();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (cpuTicks(spinner.pid()) == frozenAt && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(cpuTicks(spinner.pid())).as("cpu time after thaw").isGreaterThan(frozenAt);
  }

  @Test
  void updateRaisesMemoryAboveTheOldSwapLimit() throws Exception {
    Requirements.require("kernel", host.hasV1("memory")
        && Files.exists(host.v1Mounts().get("memory").resolve("memory.memsw.limit_in_bytes"))
        ? Optional.empty() : Optional.of("needs v1 memory with swap accounting"));
    cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB).memorySwap(64 * MIB).build());

    cgroup.update(CgroupResources.builder().memoryLimit(256 * MIB).memorySwap(512 * MIB).build());

    assertThat(read(v1("memory").resolve("memory.limit_in_bytes"))).isEqualTo(Long.toString(256 * MIB));
    assertThat(read(v1("memory").resolve("memory.memsw.limit_in_bytes"))).isEqualTo(Long.toString(512 * MIB));
  }

  @Test
  void swappinessThrottlesMemsAndTheRealtimePeriodAreWrittenAndReadBack() throws Exception {
    Requirements.require("kernel", host.hasV1("memory") && host.hasV1("blkio") && host.hasV1("cpuset") && host.hasV1("cpu")
        && Files.exists(host.v1Mounts().get("cpu").resolve("cpu.rt_period_us"))
        ? Optional.empty() : Optional.of("needs v1 memory, blkio, cpuset and cpu (with cpu.rt_*) hierarchies"));
    String disk = wholeDisk().orElse(null);
    Requirements.require("kernel", disk != null ? Optional.empty() : Optional.of("needs a block device (a disk with a size)"));
    String[] numbers = disk.split(":");
    long major = Long.parseLong(numbers[0]);
    long minor = Long.parseLong(numbers[1]);

    cgroup.create(CgroupResources.builder().memorySwappiness(10).cpusetMems("0").cpuRtPeriod(500_000)
        .readBpsDevices(List.of(new DeviceThrottle(major, minor, 1_048_576)))
        .writeIopsDevices(List.of(new DeviceThrottle(major, minor, 200))).build());

    assertThat(read(v1("memory").resolve("memory.swappiness"))).isEqualTo("10");
    assertThat(read(v1("cpuset").resolve("cpuset.mems"))).isEqualTo("0");
    assertThat(read(v1("cpu").resolve("cpu.rt_period_us"))).isEqualTo("500000");
    assertThat(read(v1("blkio").resolve("blkio.throttle.read_bps_device"))).isEqualTo(disk + " 1048576");
    assertThat(read(v1("blkio").resolve("blkio.throttle.write_iops_device"))).isEqualTo(disk + " 200");
  }

  @Test
  void aRealtimeRuntimeTheParentHasNoBudgetForIsRefusedByTheKernelAndLeavesNothing() {
    Requirements.require("kernel", host.hasV1("cpu") && Files.exists(host.v1Mounts().get("cpu").resolve("cpu.rt_runtime_us"))
        ? Optional.empty() : Optional.of("needs the v1 cpu hierarchy with cpu.rt_runtime_us"));

    // a new parent cgroup starts with no realtime budget (cpu.rt_runtime_us 0), so the kernel refuses any for a child, as for runc
    assertThatThrownBy(() -> cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB).cpuRtRuntime(10_000).build()))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessageContaining("cpu.rt_runtime_us").hasMessageContaining("Invalid argument");

    for (Path mount : mounts()) {
      assertThat(mount.resolve(parent)).as("in " + mount).doesNotExist();
    }
  }

  /** {@code MAJ:MIN} of a whole disk with a size (no partition), from /sys/dev/block. */
  private static Optional<String> wholeDisk() throws IOException {
    try (Stream<Path> devices = Files.list(Path.of("/sys/dev/block"))) {
      for (Path d : devices.sorted().toList()) {
        Path size = d.resolve("size");
        if (!Files.exists(d.resolve("partition")) && Files.exists(size) && !read(size).equals("0")) {
          return Optional.of(d.getFileName().toString());
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void aKernelRefusalMidwayLeavesNothingBehind() {
    Requirements.require("kernel", host.hasV1("cpuset") ? Optional.empty() : Optional.of("needs v1 cpuset"));

    assertThatThrownBy(() -> cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB).pidsLimit(10)
        .cpusetCpus("4095").build()))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessageContaining("cpuset.cpus")
        .hasMessageMatching("(?s).*(Invalid argument|Numerical result out of range).*");

    for (Path mount : mounts()) {
      assertThat(mount.resolve(parent)).as("in " + mount).doesNotExist();
    }
  }

  @Test
  void onThisHybridHostHugetlbLimitsLandInTheUnifiedHierarchy() throws Exception {
    boolean hugetlbOnlyInV2 = host.layout() == CgroupLayout.HYBRID && !host.hasV1("hugetlb")
        && host.unifiedControllers().contains("hugetlb");
    Requirements.require("kernel", hugetlbOnlyInV2 && Files.isDirectory(Path.of("/sys/kernel/mm/hugepages/hugepages-2048kB"))
        ? Optional.empty() : Optional.of("needs the hybrid layout with hugetlb (2MB pages) only in cgroup2"));
    Path rootControl = host.unifiedMount().orElseThrow().resolve("cgroup.subtree_control");
    boolean enabledBefore = read(rootControl).contains("hugetlb");
    try {
      cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB)
          .hugepageLimits(List.of(new HugepageLimit("2MB", 4 * MIB))).build());

      Path unifiedDir = host.unifiedMount().orElseThrow().resolve(parent).resolve("c1");
      assertThat(read(unifiedDir.resolve("hugetlb.2MB.max"))).isEqualTo(Long.toString(4 * MIB));
      assertThat(read(v1("memory").resolve("memory.limit_in_bytes"))).isEqualTo(Long.toString(64 * MIB));
      assertThat(cgroup.procsFiles()).contains(unifiedDir.resolve("cgroup.procs"));
      cgroup.destroy();
      assertThat(unifiedDir).doesNotExist();
    } finally {
      cgroup.destroy();
      removeTree(host.unifiedMount().orElseThrow().resolve(parent));
      if (!enabledBefore) {
        Files.writeString(rootControl, "-hugetlb");
      }
    }
  }

  /** utime + stime of a process, from /proc/PID/stat (fields 14 and 15, after the comm). */
  private static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
