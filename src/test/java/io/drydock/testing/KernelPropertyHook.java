package io.drydock.testing;

import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * {@link KernelTest} for jqwik properties (jqwik does not run JUnit Jupiter extensions): put
 * {@code @AddLifecycleHook(KernelPropertyHook.class)} and {@code @net.jqwik.api.Tag("kernel")} on
 * the property. Skips with the same one-line reason, or fails under {@code DRYDOCK_REQUIRE_KERNEL=1}.
 */
public final class KernelPropertyHook implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    Optional<String> missing = KernelRequirements.missingNeed();
    if (missing.isEmpty()) {
      return SkipResult.doNotSkip();
    }
    return SkipResult.skip(Requirements.decide("kernel", missing).getReason().orElse("kernel: " + missing.get()));
  }
}
