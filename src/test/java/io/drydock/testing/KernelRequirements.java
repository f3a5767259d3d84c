package io.drydock.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Checks what a {@link KernelTest} needs, before it runs. */
public final class KernelRequirements implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return Requirements.decide("kernel", missingNeed());
  }

  /** The first missing need, or empty when the kernel tests can run. */
  public static Optional<String> missingNeed() {
    if (!HostFacts.isRoot()) {
      return Optional.of("needs root (uid " + HostFacts.uid() + ")");
    }
    if (!Files.exists(Path.of("/proc/self/ns/pid")) || !Files.exists(Path.of("/proc/self/ns/mnt"))) {
      return Optional.of("needs namespaces (/proc/self/ns)");
    }
    if (!Files.isDirectory(Path.of("/sys/fs/cgroup"))) {
      return Optional.of("needs cgroups mounted at /sys/fs/cgroup");
    }
    if (!HostFacts.hasCapSysAdmin()) {
      return Optional.of("needs CAP_SYS_ADMIN");
    }
    return Optional.empty();
  }
}
