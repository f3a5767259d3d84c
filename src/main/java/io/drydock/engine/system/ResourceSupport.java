package io.drydock.engine.system;

import java.util.Set;

/**
 * Which resource limits the kernel can enforce here, from the enabled cgroup controllers
 * ({@code /proc/cgroups}) and a few kernel files; {@code docker info} prints a warning for each
 * missing one.
 *
 * @param tuning the finer settings (swappiness, kernel memory, block I/O, realtime CPU, memory nodes)
 */
public record ResourceSupport(
    boolean memoryLimit,
    boolean swapLimit,
    boolean cpuCfs,
    boolean cpuShares,
    boolean cpuSet,
    boolean pidsLimit,
    boolean oomKillDisable,
    boolean ipv4Forwarding,
    TuningSupport tuning) {

  /** Support without any of the finer settings ({@link TuningSupport#NONE}). */
  public ResourceSupport(boolean memoryLimit, boolean swapLimit, boolean cpuCfs, boolean cpuShares, boolean cpuSet, boolean pidsLimit,
      boolean oomKillDisable, boolean ipv4Forwarding) {
    this(memoryLimit, swapLimit, cpuCfs, cpuShares, cpuSet, pidsLimit, oomKillDisable, ipv4Forwarding, TuningSupport.NONE);
  }

  public ResourceSupport {
    tuning = tuning == null ? TuningSupport.NONE : tuning;
  }

  static ResourceSupport from(Set<String> controllers, CgroupVersion version, boolean swapAccounting, boolean ipForward,
      TuningSupport tuning) {
    boolean memory = controllers.contains("memory");
    boolean cpu = controllers.contains("cpu");
    return new ResourceSupport(
        memory,
        memory && swapAccounting,
        cpu,
        cpu,
        controllers.contains("cpuset"),
        controllers.contains("pids"),
        memory && version == CgroupVersion.V1,
        ipForward,
        tuning);
  }
}
