package io.drydock.runtime.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The five capability sets of a process, already made consistent (see {@link CapabilityPlanner}). */
public record CapabilitySets(
    Set<Capability> bounding,
    Set<Capability> effective,
    Set<Capability> permitted,
    Set<Capability> inheritable,
    Set<Capability> ambient) {
  public CapabilitySets {
    bounding = freeze(bounding);
    effective = freeze(effective);
    permitted = freeze(permitted);
    inheritable = freeze(inheritable);
    ambient = freeze(ambient);
  }

  private static Set<Capability> freeze(Set<Capability> s) {
    return Collections.unmodifiableSet(s.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(s));
  }
}
