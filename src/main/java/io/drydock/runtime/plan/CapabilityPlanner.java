package io.drydock.runtime.plan;

import io.drydock.runtime.spec.Capabilities;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the five capability sets consistent the only way the kernel accepts them: bounding within
 * what drydock itself holds, effective ⊆ permitted ⊆ bounding, inheritable ⊆ bounding and ambient
 * ⊆ permitted ∩ inheritable. Whatever had to be dropped is reported as a warning, not hidden.
 */
final class CapabilityPlanner {
  private CapabilityPlanner() {}

  static CapabilitySets plan(Capabilities caps, Set<Capability> hostBounding, List<String> warnings) {
    if (caps == null) {
      Set<Capability> none = EnumSet.noneOf(Capability.class);
      return new CapabilitySets(none, none, none, none, none);
    }
    String f = "process.capabilities.";
    Set<Capability> bounding = narrow(Capability.parseAll(caps.bounding(), f + "bounding"), hostBounding, "bounding", warnings);
    Set<Capability> permitted = narrow(Capability.parseAll(caps.permitted(), f + "permitted"), bounding, "permitted", warnings);
    Set<Capability> effective = narrow(Capability.parseAll(caps.effective(), f + "effective"), permitted, "effective", warnings);
    Set<Capability> inheritable = narrow(Capability.parseAll(caps.inheritable(), f + "inheritable"), bounding, "inheritable", warnings);
    Set<Capability> both = EnumSet.noneOf(Capability.class);
    both.addAll(permitted);
    both.retainAll(inheritable);
    Set<Capability> ambient = narrow(Capability.parseAll(caps.ambient(), f + "ambient"), both, "ambient", warnings);
    return new CapabilitySets(bounding, effective, permitted, inheritable, ambient);
  }

  private static Set<Capability> narrow(Set<Capability> asked, Set<Capability> limit, String set, List<String> warnings) {
    Set<Capability> kept = asked.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(asked);
    kept.retainAll(limit);
    if (kept.size() != asked.size()) {
      Set<Capability> dropped = EnumSet.copyOf(asked);
      dropped.removeAll(kept);
      warnings.add("capabilities " + dropped + " dropped from the " + set + " set: not available there");
    }
    return kept;
  }
}
