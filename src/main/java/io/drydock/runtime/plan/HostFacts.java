package io.drydock.runtime.plan;

import java.util.Map;
import java.util.Set;

/**
 * What the compiler must know about the host: the capabilities drydock itself holds (a container
 * cannot get more), the highest capability number of the kernel, and the hard resource limits
 * drydock cannot raise when it lacks CAP_SYS_RESOURCE, and its cgroup hierarchies (for {@code cgroup}
 * mounts; empty: such mounts are skipped with a warning).
 */
public record HostFacts(Set<Capability> bounding, int lastCap, Map<String, Long> hardLimits, boolean canRaiseLimits,
    java.util.List<CgroupHierarchy> cgroupHierarchies) {
  public HostFacts {
    bounding = Set.copyOf(bounding);
    hardLimits = Map.copyOf(hardLimits);
    cgroupHierarchies = java.util.List.copyOf(cgroupHierarchies);
  }

  public HostFacts(Set<Capability> bounding, int lastCap, Map<String, Long> hardLimits, boolean canRaiseLimits) {
    this(bounding, lastCap, hardLimits, canRaiseLimits, java.util.List.of());
  }
}
