package io.drydock.runtime.cgroup;

import static io.drydock.runtime.cgroup.FakeCgroupTree.read;
import static io.drydock.runtime.cgroup.FakeCgroupTree.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The v1 manager on a fake pure-v1 host whose cpu and cpuacct are co-mounted, without swap accounting. */
class V1CgroupManagerTest {
  private static final long MIB = 1024 * 1024;

  @TempDir Path temp;
  private CgroupManager cgroup;

  @BeforeEach
  void fakeV1Host() {
    cgroup = FakeCgroupTree.v1Host(temp);
  }

  private Path dir(String hierarchy) {
    return temp.resolve("sys/fs/cgroup").resolve(hierarchy).resolve("drydock/c1");
  }

  @Test
  void coMountedControllersShareOneDirectory() {
    cgroup.create(CgroupResources.builder().cpuShares(256).cpuQuota(20_000).memoryLimit(32 * MIB)
        .memoryReservation(16 * MIB).readBpsDevices(List.of(new DeviceThrottle(8, 0, 4096))).build());

    assertThat(read(dir("cpu,cpuacct").resolve("cpu.shares"))).isEqualTo("256");
    assertThat(read(dir("cpu,cpuacct").resolve("cpu.cfs_quota_us"))).isEqualTo("20000");
    assertThat(read(dir("memory").resolve("memory.limit_in_bytes"))).isEqualTo(Long.toString(32 * MIB));
    assertThat(read(dir("memory").resolve("memory.soft_limit_in_bytes"))).isEqualTo(Long.toString(16 * MIB));
    assertThat(read(dir("blkio").resolve("blkio.throttle.read_bps_device"))).isEqualTo("8:0 4096");
    assertThat(cgroup.procsFiles()).hasSize(10).doesNotHaveDuplicates()
        .contains(dir("cpu,cpuacct").resolve("cgroup.procs"));
  }

  @Test
  void swappinessAndTheRealtimeBudgetAreWrittenTheRealtimePeriodFirst() {
    cgroup.create(CgroupResources.builder().memorySwappiness(10).cpuRtPeriod(500_000).cpuRtRuntime(10_000).build());

    assertThat(read(dir("memory").resolve("memory.swappiness"))).isEqualTo("10");
    assertThat(read(dir("cpu,cpuacct").resolve("cpu.rt_period_us"))).isEqualTo("500000");
    assertThat(read(dir("cpu,cpuacct").resolve("cpu.rt_runtime_us"))).isEqualTo("10000");
    List<String> files = CgroupWritePlan.v1(CgroupResources.builder().cpuShares(512).cpuRtRuntime(10).cpuRtPeriod(20).build(),
        CgroupWritePlan.UNLIMITED).stream().map(CgroupWrite::file).toList();
    assertThat(files).containsExactly("cpu.rt_period_us", "cpu.rt_runtime_us", "cpu.shares");
  }

  @Test
  void swappinessOutsideZeroToHundredIsRefusedBeforeAnythingIsMade() {
    assertThatThrownBy(() -> cgroup.create(CgroupResources.builder().memorySwappiness(101).build()))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("invalid memory swappiness value: 101 (valid range is 0-100)");
    assertThat(temp.resolve("sys/fs/cgroup/memory/drydock")).doesNotExist();
  }

  @Test
  void swapWithoutSwapAccountingIsAClearErrorAndLeavesNothing() {
    assertThatThrownBy(() -> cgroup.create(
        CgroupResources.builder().memoryLimit(32 * MIB).memorySwap(64 * MIB).build()))
        .isInstanceOf(DrydockException.Unavailable.class)
        .hasMessageContaining("memory.memsw.limit_in_bytes").hasMessageContaining("does not exist");

    assertThat(temp.resolve("sys/fs/cgroup/memory/drydock")).doesNotExist();
    assertThat(temp.resolve("sys/fs/cgroup/cpu,cpuacct/drydock")).doesNotExist();
  }

  @Test
  void unlimitedSwapWithoutSwapAccountingIsSkipped() {
    cgroup.create(CgroupResources.builder().memoryLimit(32 * MIB).memorySwap(-1).build());

    assertThat(read(dir("memory").resolve("memory.limit_in_bytes"))).isEqualTo(Long.toString(32 * MIB));
  }

  @Test
  void aLimitThisKernelLacksIsRefusedByName() {
    assertThatThrownBy(() -> cgroup.create(CgroupResources.builder().blkioWeight(300).build()))
        .isInstanceOf(DrydockException.Unavailable.class).hasMessageContaining("blkio.weight");
    assertThat(cgroup.exists()).isFalse();
  }

  @Test
  void freezerStateAndStats() {
    cgroup.create(CgroupResources.builder().memoryLimit(32 * MIB).build());
    cgroup.freeze();
    assertThat(read(dir("freezer").resolve("freezer.state"))).isEqualTo("FROZEN");
    assertThat(cgroup.isFrozen()).isTrue();
    cgroup.thaw();
    assertThat(cgroup.isFrozen()).isFalse();

    write(dir("memory").resolve("memory.usage_in_bytes"), "8192\n");
    write(dir("memory").resolve("memory.stat"), "cache 4096\nrss 4096\ntotal_cache 4096\n");
    write(dir("memory").resolve("memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n");
    write(dir("cpu,cpuacct").resolve("cpuacct.usage"), "5000\n");
    write(dir("cpu,cpuacct").resolve("cpuacct.stat"), "user 3\nsystem 1\n");
    write(dir("cpu,cpuacct").resolve("cpu.stat"), "nr_periods 4\nnr_throttled 1\nthrottled_time 900\n");
    write(dir("cpu,cpuacct").resolve("cpuacct.usage_percpu"), "3000 2000 \n");
    write(dir("blkio").resolve("blkio.throttle.io_service_bytes_recursive"), "8:0 Read 10\n8:0 Write 20\n8:0 Total 30\nTotal 30\n");
    write(dir("blkio").resolve("blkio.throttle.io_serviced_recursive"), "8:0 Read 1\n8:0 Write 2\n8:0 Total 3\nTotal 3\n");
    CgroupStats stats = cgroup.stats();

    assertThat(stats.memory()).isEqualTo(new CgroupStats.Memory(8192, 32 * MIB, 0, 0, 4096, 2,
        java.util.Map.of("cache", 4096L, "rss", 4096L, "total_cache", 4096L)));
    assertThat(stats.cpu()).isEqualTo(new CgroupStats.Cpu(5000, 30_000_000, 10_000_000, 4, 1, 900, java.util.List.of(3000L, 2000L)));
    assertThat(stats.pids().limit()).isEqualTo(-1);
    assertThat(stats.blkio().serviceBytes()).containsExactly(new CgroupStats.BlkioEntry(8, 0, "Read", 10),
        new CgroupStats.BlkioEntry(8, 0, "Write", 20), new CgroupStats.BlkioEntry(8, 0, "Total", 30));
    assertThat(stats.blkio().serviced()).containsExactly(new CgroupStats.BlkioEntry(8, 0, "Read", 1),
        new CgroupStats.BlkioEntry(8, 0, "Write", 2), new CgroupStats.BlkioEntry(8, 0, "Total", 3));
    assertThat(cgroup.oomKills()).isEqualTo(2);
  }

  @Test
  void aHugetlbLimitOnV1GoesToTheHugetlbHierarchy() {
    write(temp.resolve("sys/fs/cgroup/hugetlb/hugetlb.2MB.limit_in_bytes"), "-1\n");
    FakeCgroupTree.write(temp.resolve("sys/fs/cgroup/hugetlb/cgroup.procs"), "");

    cgroup.create(CgroupResources.builder().hugepageLimits(List.of(new HugepageLimit("2MB", 2 * MIB))).build());

    assertThat(read(dir("hugetlb").resolve("hugetlb.2MB.limit_in_bytes"))).isEqualTo(Long.toString(2 * MIB));
  }
}
