package io.drydock.engine.system;

import java.util.Set;

/**
 * Which resource limits the kernel can enforce here, from the enabled cgroup controllers
 * ({@code /proc/cgroups}) and a few kernel files; {@code docker info} prints a warning for each
 * missing one.
 */
public record ResourceSupport(
    boolean memoryLimit,
    boolean swapLimit,
    boolean cpuCfs,
    boolean cpuShares,
    boolean cpuSet,
    boolean pidsLimit,
    boolean oomKillDisable,
    boolean ipv4Forwarding) {

  static ResourceSupport from(Set<String> controllers, CgroupVersion version, boolean swapAccounting, boolean ipForward) {
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
        ipForward);
  }
}
