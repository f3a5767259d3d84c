package io.drydock.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fixture's decision for each layout crun may meet. */
class CrunCgroupPlanTest {
  @Test
  void aHybridHostWithHugetlbOnCgroup2RunsCrunWithTheMountHidden() {
    assertThat(CrunCgroupPlan.decide(true, Set.of("hugetlb"))).isEqualTo(CrunCgroupPlan.HIDE_CGROUP2);
  }

  @Test
  void anEmptyCgroup2MountIsHiddenTooSoAMoveByAnotherProcessCannotPullItAwayMidTest() {
    assertThat(CrunCgroupPlan.decide(true, Set.of())).isEqualTo(CrunCgroupPlan.HIDE_CGROUP2);
  }

  @Test
  void withoutACgroup2MountThereCrunRunsAsItIs() {
    assertThat(CrunCgroupPlan.decide(false, Set.of())).as("pure v1, or pure v2 mounted at /sys/fs/cgroup").isEqualTo(CrunCgroupPlan.AS_IS);
  }

  @Test
  void otherControllersOnCgroup2AreNotHiddenAndSaySo() {
    CrunCgroupPlan plan = CrunCgroupPlan.decide(true, Set.of("pids", "hugetlb"));
    assertThat(plan.hideCgroup2()).isFalse();
    assertThat(plan.unsupported()).hasValueSatisfying(r -> assertThat(r).contains("hugetlb,pids").doesNotContain("\n"));
  }
}
