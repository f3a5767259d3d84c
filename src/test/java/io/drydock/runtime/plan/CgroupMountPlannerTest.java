package io.drydock.runtime.plan;

import static io.drydock.runtime.plan.LinuxAbi.MS_BIND;
import static io.drydock.runtime.plan.LinuxAbi.MS_NOSUID;
import static io.drydock.runtime.plan.LinuxAbi.MS_RDONLY;
import static io.drydock.runtime.plan.LinuxAbi.MS_REC;
import static io.drydock.runtime.plan.LinuxAbi.MS_REMOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** runc's layout of a cgroup mount, for every way the host and the config can be. */
class CgroupMountPlannerTest {
  private static final List<CgroupHierarchy> HYBRID = List.of(
      new CgroupHierarchy("cpu,cpuacct", "cgroup", "cpu,cpuacct", "/sys/fs/cgroup/cpu,cpuacct", List.of("cpu", "cpuacct")),
      new CgroupHierarchy("unified", "cgroup2", "", "/sys/fs/cgroup/unified", List.of()));
  private static final long RO = MS_RDONLY | MS_NOSUID;

  @Test
  void inACgroupNamespaceEachHierarchyIsMountedOnATmpfsMadeReadOnlyLast() {
    List<Step> steps = new CgroupMountPlanner(HYBRID, true, Optional.of("/drydock/c1")).plan("/sys/fs/cgroup", RO);
    assertThat(steps).containsExactly(
        new Step.Mount("tmpfs", "/sys/fs/cgroup", "tmpfs", MS_NOSUID, "mode=755", Step.Create.DIRECTORY, 0, 0),
        new Step.Mount("cgroup", "/sys/fs/cgroup/cpu,cpuacct", "cgroup", RO, "cpu,cpuacct", Step.Create.DIRECTORY, 0, 0),
        new Step.Symlink("cpu,cpuacct", "/sys/fs/cgroup/cpu"),
        new Step.Symlink("cpu,cpuacct", "/sys/fs/cgroup/cpuacct"),
        new Step.Mount("cgroup2", "/sys/fs/cgroup/unified", "cgroup2", RO, "", Step.Create.DIRECTORY, 0, 0),
        new Step.Mount("", "/sys/fs/cgroup", "", MS_REMOUNT | MS_BIND | RO, "", Step.Create.NONE, 0, 0));
  }

  @Test
  void withoutOneTheContainersOwnCgroupDirectoriesAreBound() {
    List<Step> steps = new CgroupMountPlanner(HYBRID, false, Optional.of("/drydock/c1")).plan("/sys/fs/cgroup", MS_NOSUID);
    assertThat(steps).contains(new Step.Mount("/sys/fs/cgroup/cpu,cpuacct/drydock/c1", "/sys/fs/cgroup/cpu,cpuacct", "",
        MS_BIND | MS_REC, "", Step.Create.DIRECTORY, MS_NOSUID, 0));
    assertThat(steps).noneMatch(s -> s instanceof Step.Mount m && m.type().startsWith("cgroup"));
    assertThat(steps).noneMatch(s -> s instanceof Step.Mount m && (m.flags() & MS_REMOUNT) != 0);
  }

  @Test
  void aPureV2HostMountsCgroup2AtTheDestinationAndNothingKnownMeansNothingPlanned() {
    List<CgroupHierarchy> v2 = List.of(new CgroupHierarchy("", "cgroup2", "", "/sys/fs/cgroup", List.of()));
    assertThat(new CgroupMountPlanner(v2, true, Optional.empty()).plan("/sys/fs/cgroup", RO))
        .containsExactly(new Step.Mount("cgroup2", "/sys/fs/cgroup", "cgroup2", RO, "", Step.Create.DIRECTORY, 0, 0));
    assertThat(new CgroupMountPlanner(List.of(), true, Optional.empty()).plan("/sys/fs/cgroup", RO)).isEmpty();
    assertThat(new CgroupMountPlanner(HYBRID, false, Optional.empty()).plan("/sys/fs/cgroup", RO)).isEmpty();
  }
}
