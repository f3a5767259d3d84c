package io.drydock.runtime.cgroup;

import static io.drydock.runtime.cgroup.FakeCgroupTree.read;
import static io.drydock.runtime.cgroup.FakeCgroupTree.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The v2 manager against a fake cgroupfs: no real v2 controllers exist on the test hosts. */
class V2CgroupManagerTest {
  private static final long MIB = 1024 * 1024;

  @TempDir Path temp;
  private Path unified;
  private CgroupManager cgroup;

  @BeforeEach
  void fakeUnifiedHierarchy() {
    cgroup = FakeCgroupTree.v2Host(temp);
    unified = temp.resolve("sys/fs/cgroup");
  }

  static CgroupHost host() {
    return CgroupHost.from(CgroupHostTest.resource("v2-mountinfo.txt"), "0::/\n",
        "cpuset cpu io memory hugetlb pids");
  }

  private Path leaf() {
    return unified.resolve("drydock/c1");
  }

  @Test
  void createWritesEveryLimitInV2Terms() {
    cgroup.create(CgroupResources.builder()
        .memoryLimit(256 * MIB).memorySwap(384 * MIB).memoryReservation(128 * MIB)
        .cpuShares(1024).cpuQuota(50_000).cpuPeriod(100_000).cpusetCpus("0-1").cpusetMems("0")
        .pidsLimit(100).blkioWeight(500)
        .writeBpsDevices(List.of(new DeviceThrottle(8, 0, 1_048_576)))
        .hugepageLimits(List.of(new HugepageLimit("2MB", -1)))
        .build());

    assertThat(read(leaf().resolve("memory.max"))).isEqualTo(Long.toString(256 * MIB));
    assertThat(read(leaf().resolve("memory.swap.max"))).isEqualTo(Long.toString(128 * MIB));
    assertThat(read(leaf().resolve("memory.low"))).isEqualTo(Long.toString(128 * MIB));
    assertThat(read(leaf().resolve("cpu.max"))).isEqualTo("50000 100000");
    assertThat(read(leaf().resolve("cpu.weight"))).isEqualTo("39");
    assertThat(read(leaf().resolve("cpuset.cpus"))).isEqualTo("0-1");
    assertThat(read(leaf().resolve("cpuset.mems"))).isEqualTo("0");
    assertThat(read(leaf().resolve("pids.max"))).isEqualTo("100");
    assertThat(read(leaf().resolve("io.weight"))).isEqualTo(Long.toString(1 + 490 * 9999 / 990));
    assertThat(read(leaf().resolve("io.max"))).isEqualTo("8:0 wbps=1048576");
    assertThat(read(leaf().resolve("hugetlb.2MB.max"))).isEqualTo("max");
    assertThat(cgroup.procsFiles()).containsExactly(leaf().resolve("cgroup.procs"));
  }

  @Test
  void swappinessAndTheRealtimeBudgetHaveNoV2FileAndAreRefusedBeforeAnythingIsMade() {
    assertThatThrownBy(() -> cgroup.create(CgroupResources.builder().memorySwappiness(10).build()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageStartingWith("linux.resources.memory.swappiness: ");
    assertThatThrownBy(() -> cgroup.create(CgroupResources.builder().cpuRtRuntime(10).build()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageStartingWith("linux.resources.cpu.realtimePeriod/realtimeRuntime: ");
    assertThat(cgroup.exists()).isFalse();
  }

  @Test
  void createEnablesControllersInEveryAncestor() {
    cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB).pidsLimit(10).cpuShares(512).build());

    assertThat(read(unified.resolve("cgroup.subtree_control"))).isEqualTo("+cpu +memory +pids");
    assertThat(read(unified.resolve("drydock/cgroup.subtree_control"))).isEqualTo("+cpu +memory +pids");
    assertThat(read(leaf().resolve("cgroup.subtree_control"))).isEmpty();
  }

  @Test
  void controllersAlreadyEnabledAreNotWrittenAgain() {
    write(unified.resolve("cgroup.subtree_control"), "cpu memory pids\n");

    cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB).cpusetCpus("0").build());

    assertThat(read(unified.resolve("cgroup.subtree_control"))).isEqualTo("+cpuset");
    assertThat(read(unified.resolve("drydock/cgroup.subtree_control"))).isEqualTo("+cpuset +memory");
  }

  @Test
  void unlimitedValuesAreWrittenAsMax() {
    cgroup.create(CgroupResources.builder().memoryLimit(-1).memorySwap(-1).cpuQuota(-1).cpuPeriod(100_000)
        .pidsLimit(-1).build());

    assertThat(read(leaf().resolve("memory.max"))).isEqualTo("max");
    assertThat(read(leaf().resolve("memory.swap.max"))).isEqualTo("max");
    assertThat(read(leaf().resolve("cpu.max"))).isEqualTo("max 100000");
    assertThat(read(leaf().resolve("pids.max"))).isEqualTo("max");
  }

  @Test
  void aControllerTheHostLacksIsRefusedBeforeAnythingIsMade() {
    CgroupManager noIo = CgroupManagers.forPath(
        CgroupHost.from(CgroupHostTest.resource("v2-mountinfo.txt"), "0::/\n", "memory pids"),
        CgroupFs.fake(temp), "drydock/c1");

    assertThatThrownBy(() -> noIo.create(CgroupResources.builder().blkioWeight(100).build()))
        .isInstanceOf(DrydockException.Unavailable.class)
        .hasMessageContaining("io controller is not available");
    assertThat(unified.resolve("drydock")).doesNotExist();
  }

  @Test
  void aFailedWriteRemovesWhatWasMadeAndNamesTheFile() throws Exception {
    Files.delete(unified.resolve("memory.swap.max"));
    CgroupFs.fake(temp).mkdir(unified.resolve("drydock"));

    assertThatThrownBy(() -> cgroup.create(
        CgroupResources.builder().memoryLimit(64 * MIB).memorySwap(128 * MIB).build()))
        .isInstanceOf(DrydockException.Unavailable.class)
        .hasMessageContaining("memory.swap.max")
        .hasMessageContaining("does not exist");
    assertThat(leaf()).doesNotExist();
    assertThat(unified.resolve("drydock")).as("the parent existed before and stays").isDirectory();
  }

  @Test
  void anUnlimitedSwapIsSkippedWithoutSwapAccounting() throws Exception {
    Files.delete(unified.resolve("memory.swap.max"));

    cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB).memorySwap(-1).build());

    assertThat(read(leaf().resolve("memory.max"))).isEqualTo(Long.toString(64 * MIB));
  }

  @Test
  void invalidResourcesChangeNothing() {
    assertThatThrownBy(() -> cgroup.create(CgroupResources.builder().cpusetCpus("3-1").build()))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Invalid value 3-1 for cpuset cpus");
    assertThat(unified.resolve("drydock")).doesNotExist();
  }

  @Test
  void creatingTwiceIsAConflict() {
    cgroup.create(CgroupResources.none());
    assertThatThrownBy(() -> cgroup.create(CgroupResources.none())).isInstanceOf(DrydockException.Conflict.class);
  }

  @Test
  void freezeWritesCgroupFreezeAndWaitsForTheEvent() throws Exception {
    cgroup.create(CgroupResources.none());
    ExecutorService kernel = Executors.newSingleThreadExecutor();
    try {
      Future<?> settles = kernel.submit(() -> {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!read(leaf().resolve("cgroup.freeze")).equals("1") && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
        CgroupDirectories.sleep(50);
        write(leaf().resolve("cgroup.events"), "populated 1\nfrozen 1\n");
      });

      cgroup.freeze();

      assertThat(read(leaf().resolve("cgroup.events"))).contains("frozen 1");
      assertThat(cgroup.isFrozen()).isTrue();
      settles.get(5, TimeUnit.SECONDS);
    } finally {
      kernel.shutdownNow();
    }
    write(leaf().resolve("cgroup.events"), "populated 1\nfrozen 0\n");
    cgroup.thaw();
    assertThat(read(leaf().resolve("cgroup.freeze"))).isEqualTo("0");
    assertThat(cgroup.isFrozen()).isFalse();
  }

  @Test
  void aFreezeThatNeverSettlesTimesOutAndThaws() {
    cgroup.create(CgroupResources.none());
    write(leaf().resolve("cgroup.events"), "populated 1\nfrozen 0\n");

    assertThatThrownBy(cgroup::freeze).isInstanceOf(DrydockException.SystemError.class)
        .hasMessageContaining("did not become frozen");
    assertThat(read(leaf().resolve("cgroup.freeze"))).isEqualTo("0");
  }

  @Test
  void statsAndPidsAreReadBack() {
    cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB).build());
    write(leaf().resolve("memory.current"), "4096\n");
    write(leaf().resolve("memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n");
    write(leaf().resolve("memory.stat"), "anon 1024\nfile 2048\n");
    write(leaf().resolve("cpu.stat"), "usage_usec 10\nuser_usec 7\nsystem_usec 3\nnr_periods 5\nnr_throttled 2\n"
        + "throttled_usec 4\n");
    write(leaf().resolve("pids.current"), "2\n");
    write(leaf().resolve("io.stat"), "8:0 rbytes=100 wbytes=200 rios=1 wios=2 dbytes=0 dios=0\n");
    write(leaf().resolve("cgroup.procs"), "42\n7\n");

    CgroupStats stats = cgroup.stats();

    assertThat(stats.memory()).isEqualTo(new CgroupStats.Memory(4096, 64 * MIB, 0, 3, 2048, 1,
        java.util.Map.of("anon", 1024L, "file", 2048L)));
    assertThat(stats.cpu()).isEqualTo(new CgroupStats.Cpu(10_000, 7_000, 3_000, 5, 2, 4_000, java.util.List.of()));
    assertThat(stats.pids()).isEqualTo(new CgroupStats.Pids(2, -1));
    assertThat(stats.blkio().serviceBytes()).containsExactly(new CgroupStats.BlkioEntry(8, 0, "Read", 100), new CgroupStats.BlkioEntry(8, 0, "Write", 200));
    assertThat(cgroup.pids()).containsExactly(7L, 42L);
    assertThat(cgroup.oomKills()).isEqualTo(1);
  }

  @Test
  void updateChangesLimitsAndDestroyRemovesTheCgroup() {
    cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB).build());

    cgroup.update(CgroupResources.builder().memoryLimit(128 * MIB).pidsLimit(5).build());
    assertThat(read(leaf().resolve("memory.max"))).isEqualTo(Long.toString(128 * MIB));
    assertThat(read(leaf().resolve("pids.max"))).isEqualTo("5");

    cgroup.destroy();
    assertThat(leaf()).doesNotExist();
    assertThat(cgroup.exists()).isFalse();
    cgroup.destroy();
    assertThatThrownBy(cgroup::stats).isInstanceOf(DrydockException.NotFound.class);
  }

  @Test
  void cgroupPathsMustBePlainSegments() {
    for (String bad : List.of("", "/abs", "a/../b", "a//b", "a/.", "x y")) {
      assertThatThrownBy(() -> CgroupManagers.forPath(host(), CgroupFs.fake(temp), bad))
          .as(bad).isInstanceOf(DrydockException.InvalidArgument.class);
    }
    assertThat(CgroupManagers.containerPath("drydock", "abc123")).isEqualTo("drydock/abc123");
  }

  private static final List<DeviceAccessRule> DEVICE_RULES = List.of(new DeviceAccessRule(false, 'a', -1, -1, "rwm"),
      new DeviceAccessRule(true, 'c', 1, 3, "rwm"));

  private static String programHex(List<DeviceAccessRule> rules) {
    return java.util.HexFormat.of().formatHex(io.drydock.runtime.cgroup.bpf.BpfInstruction.encode(
        io.drydock.runtime.cgroup.bpf.DeviceFilterProgram.compile(DeviceRuleReplay.filter(rules))));
  }

  @Test
  void deviceRulesBecomeTheCgroupsDeviceProgramAtCreateAndUpdate() {
    cgroup.create(CgroupResources.builder().devices(DEVICE_RULES).build());

    assertThat(cgroup.appliesDeviceRules()).isTrue();
    assertThat(read(leaf().resolve(CgroupFs.FAKE_DEVICE_PROGRAM))).isEqualTo(programHex(DEVICE_RULES));

    List<DeviceAccessRule> zeroToo = List.of(DEVICE_RULES.get(0), DEVICE_RULES.get(1), new DeviceAccessRule(true, 'c', 1, 5, "r"));
    cgroup.update(CgroupResources.builder().devices(zeroToo).build());

    assertThat(read(leaf().resolve(CgroupFs.FAKE_DEVICE_PROGRAM))).isEqualTo(programHex(zeroToo));
  }

  @Test
  void withoutDeviceRulesNoProgramIsInstalled() {
    cgroup.create(CgroupResources.none());

    assertThat(leaf().resolve(CgroupFs.FAKE_DEVICE_PROGRAM)).doesNotExist();
  }

  @Test
  void aDeviceNumberNoProgramCanCompareFailsTheCreateAndLeavesNothing() {
    List<DeviceAccessRule> rules = List.of(DEVICE_RULES.get(0), new DeviceAccessRule(true, 'c', 99_999_999_999L, 1, "r"));

    assertThatThrownBy(() -> cgroup.create(CgroupResources.builder().devices(rules).build()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageContaining("c 99999999999:1 r");
    assertThat(leaf()).doesNotExist();
  }
}
