package io.drydock.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fixture's decision for each layout crun may meet. */
class CrunCgroupPlanTest {
  @Test
  void aHybridHostWithHugetlbOnCgroup2HasHugetlbMoved() {
    assertThat(CrunCgroupPlan.decide(true, Set.of("hugetlb"), false)).isEqualTo(CrunCgroupPlan.MOVE_HUGETLB);
  }

  @Test
  void layoutsCrunAcceptsAreLeftAsTheyAre() {
    assertThat(CrunCgroupPlan.decide(false, Set.of(), false)).as("pure v1 or pure v2").isEqualTo(CrunCgroupPlan.AS_IS);
    assertThat(CrunCgroupPlan.decide(true, Set.of(), true)).as("hugetlb already on v1").isEqualTo(CrunCgroupPlan.AS_IS);
    assertThat(CrunCgroupPlan.decide(true, Set.of(), false)).as("an empty cgroup2 mount").isEqualTo(CrunCgroupPlan.AS_IS);
  }

  @Test
  void otherControllersOnCgroup2AreNotMovedAndSaySo() {
    CrunCgroupPlan plan = CrunCgroupPlan.decide(true, Set.of("hugetlb", "pids"), false);
    assertThat(plan.move()).isFalse();
    assertThat(plan.unsupported()).hasValueSatisfying(r -> assertThat(r).contains("hugetlb,pids").doesNotContain("\n"));
  }

  @Test
  void aV1HugetlbMountNotMadeByTheFixtureIsNotTouchedAgain() {
    CrunCgroupPlan plan = CrunCgroupPlan.decide(true, Set.of("hugetlb"), true);
    assertThat(plan.move()).isFalse();
    assertThat(plan.unsupported()).isPresent();
  }
}
