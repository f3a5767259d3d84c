package io.drydock.engine.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostProbeTest {
  @TempDir Path root;

  private void write(String relative, String text) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private void fakeHost(String mountinfo) throws IOException {
    write("proc/sys/kernel/hostname", "box\n");
    write("proc/sys/kernel/osrelease", "6.1.0-test\n");
    write("proc/meminfo", "MemTotal:        2048 kB\nMemFree: 1 kB\n");
    write("proc/self/mountinfo", mountinfo);
    write("proc/cgroups", "#subsys_name\thierarchy\tnum_cgroups\tenabled\ncpu\t1\t1\t1\nmemory\t2\t1\t1\npids\t3\t1\t0\n");
    write("proc/sys/net/ipv4/ip_forward", "1\n");
    write("etc/os-release", "NAME=\"Debian\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nVERSION_ID=\"12\"\n");
  }

  @Test
  void readsTheFactsOfAHostTree() throws IOException {
    fakeHost("32 31 0:29 / /sys/fs/cgroup/cpu rw - cgroup cgroup rw,cpu\n");
    HostFacts facts = new HostProbe(root).probe();
    assertThat(facts.hostname()).isEqualTo("box");
    assertThat(facts.kernelVersion()).isEqualTo("6.1.0-test");
    assertThat(facts.operatingSystem()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
    assertThat(facts.osVersion()).isEqualTo("12");
    assertThat(facts.memoryBytes()).isEqualTo(2048 * 1024);
    assertThat(facts.cgroupVersion()).isEqualTo(CgroupVersion.V1);
    assertThat(facts.resources().memoryLimit()).isTrue();
    assertThat(facts.resources().pidsLimit()).as("pids is listed but disabled").isFalse();
    assertThat(facts.resources().cpuSet()).isFalse();
    assertThat(facts.resources().ipv4Forwarding()).isTrue();
    assertThat(facts.cpus()).isPositive();
  }

  @Test
  void theFinerSettingsFollowTheFilesInTheCgroupRootsAsDockerdsSysinfo() throws IOException {
    fakeHost("32 31 0:29 / /sys/fs/cgroup/cpu rw - cgroup cgroup rw,cpu\n");
    for (String f : new String[] {"memory/memory.swappiness", "memory/memory.kmem.limit_in_bytes", "memory/memory.kmem.tcp.limit_in_bytes",
        "blkio/blkio.throttle.read_bps_device", "blkio/blkio.throttle.write_bps_device", "blkio/blkio.throttle.read_iops_device",
        "blkio/blkio.throttle.write_iops_device", "cpu/cpu.rt_period_us", "cpu/cpu.rt_runtime_us"}) {
      write("sys/fs/cgroup/" + f, "");
    }
    write("sys/fs/cgroup/cpuset/cpuset.mems", "0-1\n");
    TuningSupport t = new HostProbe(root).probe().resources().tuning();
    assertThat(t).isEqualTo(new TuningSupport(true, true, true, false, false, true, true, true, true, true, "0-1"));
  }

  @Test
  void onCgroupV2OnlyTheIoControllerCounts() throws IOException {
    fakeHost("30 22 0:27 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n");
    write("sys/fs/cgroup/cgroup.controllers", "cpuset cpu io memory pids\n");
    write("sys/fs/cgroup/cpuset.mems.effective", "0\n");
    TuningSupport t = new HostProbe(root).probe().resources().tuning();
    assertThat(t).isEqualTo(new TuningSupport(false, false, false, true, true, true, true, true, true, false, "0"));
  }

  @Test
  void aHostWithoutCgroupsIsAnError() throws IOException {
    fakeHost("22 1 0:21 / /proc rw - proc proc rw\n");
    assertThatThrownBy(() -> new HostProbe(root).probe()).isInstanceOf(DrydockException.SystemError.class).hasMessageContaining("cgroup");
  }

  @Test
  void thisHostCanBeProbed() {
    HostFacts facts = HostProbe.ofThisHost().probe();
    assertThat(facts.kernelVersion()).isNotBlank();
    assertThat(facts.memoryBytes()).isPositive();
  }

  @Test
  void parsesOsReleaseQuotes() {
    assertThat(HostProbe.parseOsRelease("ID=debian\nPRETTY_NAME='X 1'\n# c=1\n")).containsEntry("ID", "debian").containsEntry("PRETTY_NAME", "X 1").doesNotContainKey("# c");
  }

  @Test
  void machineNamesFollowUname() {
    assertThat(HostProbe.machineName("amd64")).isEqualTo("x86_64");
    assertThat(HostProbe.machineName("aarch64")).isEqualTo("aarch64");
  }
}
