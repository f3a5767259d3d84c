package io.drydock.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.cgroup.CgroupManagers;
import io.drydock.runtime.cgroup.CgroupResources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The crun fixture on the real host: what it moves comes back, also past cgroups made meanwhile,
 * and drydock's own cgroup code works while hugetlb sits on v1.
 */
@KernelTest
class CrunCgroupLayoutKernelTest {
  private static String unique(String name) {
    return name + "-" + Long.toHexString(System.nanoTime() & 0xffffffL);
  }

  /**
   * Whether hugetlb sits on cgroup2, waiting a while when it does not: on a shared machine a peer
   * (benchmarks/run) may hold it on v1 for its crun trials for a minute or two.
   */
  private static boolean movableWithin(Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!CrunCgroupLayout.plan().move()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(500);
    }
    return true;
  }

  private record Layout(Set<String> unifiedControllers, boolean v1Hugetlb) {
    static Layout now() throws Exception {
      return new Layout(HugetlbMove.unifiedControllers(), HugetlbMove.mounted(HugetlbMove.V1, "cgroup"));
    }
  }

  @Test
  void theLayoutCrunNeedsHoldsBetweenBeforeAllAndAfterAllAndTheHostIsAsBeforeAfterwards() throws Exception {
    Layout before = Layout.now();
    CrunCgroupLayout fixture = new CrunCgroupLayout();
    fixture.beforeAll(null);
    try {
      assertThat(HugetlbMove.unifiedControllers()).as("crun refuses a cgroup2 mount holding controllers").isEmpty();
      assertThat(CrunCgroupLayout.plan()).isEqualTo(CrunCgroupPlan.AS_IS);
    } finally {
      fixture.afterAll(null);
    }
    assertThat(Layout.now()).isEqualTo(before);
    assertThat(HugetlbMove.V1).as("the mount point the fixture made").matches(p -> before.v1Hugetlb() || !Files.exists(p));
  }

  @Test
  void drydocksCgroupsWorkWhileHugetlbIsOnV1() throws Exception {
    CrunCgroupLayout fixture = new CrunCgroupLayout();
    fixture.beforeAll(null);
    String path = "drydock/" + unique("fixture");
    CgroupManager cgroup = CgroupManagers.onThisHost(path);
    try {
      cgroup.create(CgroupResources.none());
      assertThat(cgroup.exists()).isTrue();
      assertThat(Path.of("/sys/fs/cgroup/memory").resolve(path)).isDirectory();
      if (HugetlbMove.mounted(HugetlbMove.V1, "cgroup")) {
        assertThat(HugetlbMove.V1.resolve(path)).as("hugetlb is a v1 controller now").isDirectory();
      }
      assertThat(cgroup.stats().memory().oomKills()).isZero();
      cgroup.destroy();
      assertThat(cgroup.exists()).isFalse();
      assertThat(HugetlbMove.V1.resolve(path)).doesNotExist();
    } finally {
      if (cgroup.exists()) {
        cgroup.destroy();
      }
      fixture.afterAll(null);
    }
    assertThat(HugetlbMove.V1.resolve(path)).doesNotExist();
    assertThat(HugetlbMove.UNIFIED.resolve(path)).doesNotExist();
  }

  @Test
  void closingMovesHugetlbBackPastAChildCgroupLeftUnderTheV1Hierarchy() throws Exception {
    Requirements.require("kernel", movableWithin(Duration.ofSeconds(90)) ? Optional.empty()
        : Optional.of("the host's cgroup2 mount does not hold hugetlb (nothing to move)"));
    Set<String> before = HugetlbMove.unifiedControllers();
    HugetlbMove moved = HugetlbMove.moveToV1();
    try {
      Files.createDirectories(HugetlbMove.V1.resolve(unique("leftover")).resolve("child"));
      assertThat(HugetlbMove.hugetlbCgroupCount()).isGreaterThan(1);
    } finally {
      moved.close();
    }
    assertThat(HugetlbMove.unifiedControllers()).isEqualTo(before).contains("hugetlb");
    assertThat(HugetlbMove.mounted(HugetlbMove.V1, "cgroup")).isFalse();
    assertThat(HugetlbMove.V1).doesNotExist();
  }
}
