package io.drydock.runtime.cgroup;

import static io.drydock.runtime.cgroup.FakeCgroupTree.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This machine's hybrid layout, replayed on a fake cgroupfs: v1 for controllers, v2 for hugetlb. */
class HybridCgroupManagerTest {
  private static final long MIB = 1024 * 1024;

  @TempDir Path temp;
  private CgroupManager cgroup;

  @BeforeEach
  void fakeHybridHost() {
    cgroup = FakeCgroupTree.hybridHost(temp);
  }

  private Path dir(String hierarchy) {
    return temp.resolve("sys/fs/cgroup").resolve(hierarchy).resolve("drydock/c1");
  }

  @Test
  void limitsGoToV1ExceptHugetlbWhichLivesInTheUnifiedMount() {
    cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB).pidsLimit(20)
        .hugepageLimits(List.of(new HugepageLimit("2MB", 4 * MIB))).build());

    assertThat(read(dir("memory").resolve("memory.limit_in_bytes"))).isEqualTo(Long.toString(64 * MIB));
    assertThat(read(dir("pids").resolve("pids.max"))).isEqualTo("20");
    assertThat(read(dir("unified").resolve("hugetlb.2MB.max"))).isEqualTo(Long.toString(4 * MIB));
    assertThat(read(temp.resolve("sys/fs/cgroup/unified/cgroup.subtree_control"))).isEqualTo("+hugetlb");
    assertThat(cgroup.procsFiles()).hasSize(10).contains(dir("unified").resolve("cgroup.procs"),
        dir("memory").resolve("cgroup.procs"), dir("systemd").resolve("cgroup.procs"));
  }

  @Test
  void aNewV1CpusetInheritsItsParentsCpusAndMems() {
    cgroup.create(CgroupResources.none());

    assertThat(read(dir("cpuset").resolve("cpuset.cpus"))).isEqualTo("0-3");
    assertThat(read(dir("cpuset").resolve("cpuset.mems"))).isEqualTo("0");
    assertThat(read(dir("cpuset").getParent().resolve("cpuset.mems"))).isEqualTo("0");
  }

  @Test
  void aFailureInTheUnifiedPartRemovesTheV1Part() {
    assertThatThrownBy(() -> cgroup.create(CgroupResources.builder().memoryLimit(64 * MIB)
        .hugepageLimits(List.of(new HugepageLimit("1GB", 0))).build()))
        .isInstanceOf(DrydockException.Unavailable.class).hasMessageContaining("hugetlb.1GB.max");

    for (String h : List.of("memory", "cpu", "cpuset", "pids", "unified")) {
      assertThat(dir(h)).as(h).doesNotExist();
      assertThat(dir(h).getParent()).as(h + " parent").doesNotExist();
    }
    assertThat(cgroup.exists()).isFalse();
  }

  @Test
  void destroyRemovesEveryHierarchy() {
    cgroup.create(CgroupResources.none());
    cgroup.destroy();
    for (String h : List.of("memory", "cpu", "cpuacct", "cpuset", "pids", "freezer", "systemd", "unified")) {
      assertThat(dir(h)).as(h).doesNotExist();
    }
  }

  /** The fake hierarchies have no devices files until a test needs them. */
  private void fakeDevicesFiles() {
    Path root = temp.resolve("sys/fs/cgroup/devices");
    FakeCgroupTree.write(root.resolve("devices.allow"), "");
    FakeCgroupTree.write(root.resolve("devices.deny"), "");
  }

  @Test
  void deviceRulesGoToTheV1ControllerAndTheUnifiedCgroupsProgram() {
    fakeDevicesFiles();
    List<DeviceAccessRule> rules = List.of(new DeviceAccessRule(false, 'a', -1, -1, "rwm"), new DeviceAccessRule(true, 'c', 1, 3, "rwm"));
    cgroup.create(CgroupResources.builder().devices(rules).build());

    assertThat(read(dir("devices").resolve("devices.allow"))).isEqualTo("c 1:3 rwm");
    assertThat(read(dir("unified").resolve(CgroupFs.FAKE_DEVICE_PROGRAM))).isNotEmpty();
    assertThat(cgroup.appliesDeviceRules()).isTrue();
  }

  @Test
  void aProgramTheHybridCannotInstallLeavesTheRulesToV1() {
    fakeDevicesFiles();
    List<DeviceAccessRule> rules = List.of(new DeviceAccessRule(false, 'a', -1, -1, "rwm"),
        new DeviceAccessRule(true, 'c', 3_000_000_000L, 1, "r"));
    cgroup.create(CgroupResources.builder().devices(rules).build());

    assertThat(read(dir("devices").resolve("devices.allow"))).isEqualTo("c 3000000000:1 r");
    assertThat(dir("unified").resolve(CgroupFs.FAKE_DEVICE_PROGRAM)).doesNotExist();
  }
}
