package io.drydock.engine.container.service;

import io.drydock.engine.container.ContainerResources;
import java.util.ArrayList;
import java.util.List;

/**
 * dockerd 20.10's create-time handling of {@code HostConfig.OomKillDisable}: where the kernel has
 * the switch (a cgroup v1 memory controller, {@code memory.oom_control}) it is kept, with a warning
 * when no memory limit bounds the container; where it has none (cgroup v2) it is discarded with a
 * warning, and inspect then shows {@code false}. Pure: whether the host has the switch is
 * {@code ResourceSupport.oomKillDisable}, the fact {@code docker info} reports, which
 * {@code CreateOperation} passes in beside {@link ResourceRules}.
 */
final class OomKillDisableRule {
  static final String NO_LIMIT = "OOM killer is disabled for the container, but no memory limit is set, this can result in the system running out of resources.";
  static final String UNSUPPORTED = "Your kernel does not support OomKillDisable. OomKillDisable discarded.";

  private OomKillDisableRule() {}

  /** What a create keeps, and the warnings of its answer (in dockerd's order). */
  record Decision(ContainerResources kept, List<String> warnings) {}

  static Decision decide(ContainerResources asked, boolean supported) {
    List<String> warnings = new ArrayList<>();
    ContainerResources kept = asked;
    if (asked.oomKillDisable() && !supported) {
      warnings.add(UNSUPPORTED);
      kept = asked.withOomKillDisable(false);
    }
    if (kept.oomKillDisable() && kept.memory() == 0) {
      warnings.add(NO_LIMIT);
    }
    return new Decision(kept, List.copyOf(warnings));
  }
}
