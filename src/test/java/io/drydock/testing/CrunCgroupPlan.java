package io.drydock.testing;

import java.util.Optional;
import java.util.Set;

/**
 * How crun is run on this host's cgroup layout, decided from facts alone. crun 1.8 refuses a
 * hybrid host whose cgroup2 mount at {@code /sys/fs/cgroup/unified} holds any controller ("cgroups
 * in hybrid mode not supported, drop all controllers from cgroupv2"). Where that mount holds
 * hugetlb alone (or nothing), crun runs through {@code bin/hide-cgroup2}: in a mount namespace of
 * its own without that mount, a pure v1 layout to crun, while the host's layout stays as it is for
 * everyone else. No container limit of the tests depends on hugetlb; hiding any other controller
 * would drop limits the tests check, so that layout is not supported.
 *
 * @param hideCgroup2 whether crun runs with the cgroup2 mount hidden from it
 * @param unsupported why crun cannot run here at all, when it cannot
 */
public record CrunCgroupPlan(boolean hideCgroup2, Optional<String> unsupported) {
  static final CrunCgroupPlan AS_IS = new CrunCgroupPlan(false, Optional.empty());
  static final CrunCgroupPlan HIDE_CGROUP2 = new CrunCgroupPlan(true, Optional.empty());

  /**
   * @param unifiedMounted whether a cgroup2 hierarchy is mounted at /sys/fs/cgroup/unified (hybrid)
   * @param unifiedControllers the controllers it holds (its cgroup.controllers)
   */
  public static CrunCgroupPlan decide(boolean unifiedMounted, Set<String> unifiedControllers) {
    if (!unifiedMounted) {
      return AS_IS;
    }
    if (Set.of("hugetlb").containsAll(unifiedControllers)) {
      return HIDE_CGROUP2;
    }
    return new CrunCgroupPlan(false, Optional.of("crun refuses hybrid cgroups and the cgroup2 mount holds "
        + String.join(",", unifiedControllers.stream().sorted().toList()) + ", which the test fixture does not hide"));
  }
}
