package io.drydock.testing;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that runs crun registers this ({@code @RegisterExtension static}): before its tests
 * it makes the host's cgroups acceptable to crun ({@link CrunCgroupPlan}: on this kind of hybrid
 * host, hugetlb moves to a v1 hierarchy) and after them it puts them back ({@link HugetlbMove}),
 * also when a test failed; a JVM shutdown hook restores as a last resort. Where crun is missing,
 * or the layout is one it cannot fix, the class is skipped with a one-line reason (a failure under
 * CI's {@code DRYDOCK_REQUIRE_KERNEL=1}).
 */
public final class CrunCgroupLayout implements BeforeAllCallback, AfterAllCallback {
  private Optional<HugetlbMove> moved = Optional.empty();

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Requirements.require("kernel", HostFacts.onPath("crun") ? Optional.empty() : Optional.of("needs crun on the PATH"));
    Requirements.require("kernel", HostFacts.isRoot() ? Optional.empty() : Optional.of("needs root to mount a cgroup hierarchy for crun"));
    CrunCgroupPlan plan = plan();
    Requirements.require("kernel", plan.unsupported());
    if (plan.move()) {
      moved = Optional.of(HugetlbMove.moveToV1());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Optional<HugetlbMove> m = moved;
    moved = Optional.empty();
    m.ifPresent(HugetlbMove::close);
  }

  /** What this host needs, read now. */
  public static CrunCgroupPlan plan() throws IOException {
    return CrunCgroupPlan.decide(HugetlbMove.mounted(HugetlbMove.UNIFIED, "cgroup2"), HugetlbMove.unifiedControllers(),
        HugetlbMove.mounted(HugetlbMove.V1, "cgroup"));
  }
}
