package io.drydock.runtime.cgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CgroupHostTest {

  static String resource(String name) {
    try (InputStream in = CgroupHostTest.class.getResourceAsStream("/cgroup/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thisMachinesHybridLayout() {
    CgroupHost host = CgroupHost.from(resource("hybrid-mountinfo.txt"), resource("hybrid-cgroup.txt"), "hugetlb\n");

    assertThat(host.layout()).isEqualTo(CgroupLayout.HYBRID);
    assertThat(host.v1Mounts()).containsEntry("memory", Path.of("/sys/fs/cgroup/memory"))
        .containsEntry("cpu", Path.of("/sys/fs/cgroup/cpu"))
        .containsEntry("cpuacct", Path.of("/sys/fs/cgroup/cpuacct"))
        .containsEntry("freezer", Path.of("/sys/fs/cgroup/freezer"))
        .containsEntry("name=systemd", Path.of("/sys/fs/cgroup/systemd"))
        .doesNotContainKey("hugetlb");
    assertThat(host.unifiedMount()).contains(Path.of("/sys/fs/cgroup/unified"));
    assertThat(host.unifiedControllers()).containsExactly("hugetlb");
    assertThat(host.ownPaths()).containsEntry("memory", "/process_api/cc504a7fa1a7a94cf72b2cbb7ce43643")
        .containsEntry("cpu", "/").containsEntry("", "/");
    assertThat(host.v1Hierarchies()).hasSize(9);
  }

  @Test
  void pureV2Host() {
    CgroupHost host = CgroupHost.from(resource("v2-mountinfo.txt"), resource("v2-cgroup.txt"),
        "cpuset cpu io memory hugetlb pids rdma misc\n");

    assertThat(host.layout()).isEqualTo(CgroupLayout.V2);
    assertThat(host.v1Mounts()).isEmpty();
    assertThat(host.unifiedMount()).contains(Path.of("/sys/fs/cgroup"));
    assertThat(host.unifiedControllers()).contains("memory", "cpu", "io", "pids", "cpuset", "hugetlb");
    assertThat(host.ownPaths()).containsExactlyEntriesOf(
        java.util.Map.of("", "/user.slice/user-1000.slice/session-3.scope"));
  }

  @Test
  void pureV1HostWithCoMountedCpuAndCpuacct() {
    CgroupHost host = CgroupHost.from(resource("v1-mountinfo.txt"), resource("v1-cgroup.txt"), "");

    assertThat(host.layout()).isEqualTo(CgroupLayout.V1);
    assertThat(host.unifiedMount()).isEmpty();
    assertThat(host.v1Mounts().get("cpu")).isEqualTo(Path.of("/sys/fs/cgroup/cpu,cpuacct"));
    assertThat(host.v1Mounts().get("cpuacct")).isEqualTo(Path.of("/sys/fs/cgroup/cpu,cpuacct"));
    assertThat(host.v1Mounts().get("net_prio")).isEqualTo(Path.of("/sys/fs/cgroup/net_cls,net_prio"));
    assertThat(host.v1Mounts()).containsKey("hugetlb").doesNotContainKey("clone_children").doesNotContainKey("xattr");
    assertThat(host.v1Hierarchies()).hasSize(10).doesNotHaveDuplicates();
    assertThat(host.ownPaths()).containsEntry("cpu", "/system.slice/ssh.service")
        .containsEntry("cpuacct", "/system.slice/ssh.service")
        .containsEntry("name=systemd", "/system.slice/ssh.service");
  }

  @Test
  void mountinfoWithOptionalFieldsAndEscapedSpaces() {
    MountInfoLine line = MountInfoLine.parse(
        "40 31 0:37 /sub\\040dir /sys/fs/cgroup/my\\040memory rw,relatime shared:5 master:7 - cgroup cgroup rw,memory");

    assertThat(line.root()).isEqualTo("/sub dir");
    assertThat(line.mountPoint()).isEqualTo("/sys/fs/cgroup/my memory");
    assertThat(line.fsType()).isEqualTo("cgroup");
    assertThat(line.superOptions()).containsExactly("rw", "memory");
    assertThat(MountInfoLine.unescape("a\\134b\\011c")).isEqualTo("a\\b\tc");
  }

  @Test
  void bindMountOfASubtreeDoesNotHideTheHierarchyRoot() {
    String mountinfo = """
        35 31 0:32 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory
        90 27 0:32 /docker/abc /mnt/inner rw - cgroup cgroup rw,memory
        """;
    CgroupHost host = CgroupHost.from(mountinfo, "4:memory:/\n", "");

    assertThat(host.v1Mounts().get("memory")).isEqualTo(Path.of("/sys/fs/cgroup/memory"));
  }

  @Test
  void malformedTextsAreRefused() {
    assertThatThrownBy(() -> MountInfoLine.parse("40 31 0:37 / /x rw"))
        .isInstanceOf(DrydockException.SystemError.class).hasMessageContaining("malformed mountinfo line");
    assertThatThrownBy(() -> CgroupHost.from("22 27 0:21 / /proc rw - proc proc rw\n", "", ""))
        .isInstanceOf(DrydockException.Unavailable.class).hasMessageContaining("no cgroup hierarchy");
    assertThatThrownBy(() -> CgroupHost.from(resource("v2-mountinfo.txt"), "garbage", ""))
        .hasMessageContaining("malformed /proc/self/cgroup line");
  }

  @Test
  void readerSeesTheRunningHost() {
    CgroupHost host = CgroupHostReader.read();

    assertThat(host.layout()).isNotNull();
    assertThat(host.v1Mounts().isEmpty() && host.unifiedMount().equals(Optional.empty())).isFalse();
  }
}
