package io.drydock.runtime.plan;

import java.util.Map;
import java.util.Set;

/**
 * What the compiler must know about the host: the capabilities drydock itself holds (a container
 * cannot get more), the highest capability number of the kernel, and the hard resource limits
 * drydock cannot raise when it lacks CAP_SYS_RESOURCE.
 */
public record HostFacts(Set<Capability> bounding, int lastCap, Map<String, Long> hardLimits, boolean canRaiseLimits) {
  public HostFacts {
    bounding = Set.copyOf(bounding);
    hardLimits = Map.copyOf(hardLimits);
  }
}
