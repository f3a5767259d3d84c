package io.drydock.testing;

import java.util.Optional;
import java.util.Set;

/**
 * What crun needs done to this host's cgroup layout before it can run, decided from facts alone.
 * crun 1.8 refuses a hybrid host whose cgroup2 mount at {@code /sys/fs/cgroup/unified} holds any
 * controller ("cgroups in hybrid mode not supported, drop all controllers from cgroupv2"); a
 * controller leaves cgroup2 when a v1 hierarchy is mounted for it. Only hugetlb is moved: it is
 * the one this kind of machine puts there, and no container limit of the tests depends on it.
 *
 * @param move whether hugetlb must be moved to a v1 hierarchy
 * @param unsupported why crun cannot run here at all, when it cannot
 */
public record CrunCgroupPlan(boolean move, Optional<String> unsupported) {
  static final CrunCgroupPlan AS_IS = new CrunCgroupPlan(false, Optional.empty());
  static final CrunCgroupPlan MOVE_HUGETLB = new CrunCgroupPlan(true, Optional.empty());

  /**
   * @param unifiedMounted whether a cgroup2 hierarchy is mounted at /sys/fs/cgroup/unified (hybrid)
   * @param unifiedControllers the controllers it holds (its cgroup.controllers)
   * @param hugetlbV1Mounted whether a v1 hugetlb hierarchy is already mounted at /sys/fs/cgroup/hugetlb
   */
  public static CrunCgroupPlan decide(boolean unifiedMounted, Set<String> unifiedControllers, boolean hugetlbV1Mounted) {
    if (!unifiedMounted || unifiedControllers.isEmpty()) {
      return AS_IS;
    }
    if (unifiedControllers.equals(Set.of("hugetlb")) && !hugetlbV1Mounted) {
      return MOVE_HUGETLB;
    }
    return new CrunCgroupPlan(false, Optional.of("crun refuses hybrid cgroups and the cgroup2 mount holds "
        + String.join(",", unifiedControllers.stream().sorted().toList()) + ", which the test fixture does not move"));
  }
}
