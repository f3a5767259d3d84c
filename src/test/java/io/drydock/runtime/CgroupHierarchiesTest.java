package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.cgroup.CgroupHost;
import io.drydock.runtime.plan.CgroupHierarchy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host's hierarchies, from recorded mountinfo texts, as a container's cgroup mount lays them out. */
class CgroupHierarchiesTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = CgroupHierarchiesTest.class.getResourceAsStream("/cgroup/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void coMountedControllersGetSymlinksAndNamedHierarchiesTheirNameOption() throws IOException {
    List<CgroupHierarchy> h = CgroupHierarchies.of(CgroupHost.from(resource("v1-mountinfo.txt"), resource("v1-cgroup.txt"), ""));
    assertThat(h).contains(new CgroupHierarchy("cpu,cpuacct", "cgroup", "cpu,cpuacct", "/sys/fs/cgroup/cpu,cpuacct",
        List.of("cpu", "cpuacct")));
    assertThat(h).contains(new CgroupHierarchy("systemd", "cgroup", "none,name=systemd", "/sys/fs/cgroup/systemd", List.of()));
    assertThat(h).noneMatch(x -> x.fsType().equals("cgroup2"));
  }

  @Test
  void aPureV2HostIsOneCgroup2AtTheDestinationItself() throws IOException {
    List<CgroupHierarchy> h = CgroupHierarchies.of(CgroupHost.from(resource("v2-mountinfo.txt"), "0::/\n", "memory pids"));
    assertThat(h).containsExactly(new CgroupHierarchy("", "cgroup2", "", "/sys/fs/cgroup", List.of()));
  }
}
