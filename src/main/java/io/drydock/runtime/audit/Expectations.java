package io.drydock.runtime.audit;

import io.drydock.runtime.plan.Capability;
import io.drydock.runtime.spec.CapabilityNames;
import io.drydock.runtime.spec.DefaultSpec;
import io.drydock.runtime.spec.Linux;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an audit expects of a process: spec/isolation.md's defaults, or the privileged profile that
 * waives some of them. A container's own config (when the audit knows it) narrows the defaults:
 * its read-only root, masked and read-only paths and cgroup limits.
 *
 * @param cgroupLimits expected cgroupfs values keyed like {@link AuditFacts#cgroupValues()}; a
 *     missing key means "any value, but in a cgroup of its own"
 */
public record Expectations(boolean privileged, boolean readonlyRootfs, List<String> maskedPaths,
    List<String> readonlyPaths, Set<Capability> defaultCapabilities, Set<String> deviceNodes,
    Map<String, String> cgroupLimits) {

  /** Docker's default capability set (moby's oci/caps/defaults.go): the most a default container holds. */
  public static final Set<Capability> DOCKER_DEFAULT_CAPS =
      Set.copyOf(Capability.parseAll(CapabilityNames.DOCKER_DEFAULT, "Docker's default capabilities"));

  /** The device nodes of a default container's /dev (runc's and Docker's list). */
  public static final Set<String> DEFAULT_DEVICE_NODES = Set.of("null", "zero", "full", "random", "urandom", "tty");

  public Expectations {
    maskedPaths = List.copyOf(maskedPaths);
    readonlyPaths = List.copyOf(readonlyPaths);
    defaultCapabilities = Set.copyOf(defaultCapabilities);
    deviceNodes = Set.copyOf(deviceNodes);
    cgroupLimits = Map.copyOf(cgroupLimits);
  }

  /** spec/isolation.md's defaults; {@code privileged} marks the rules privileged mode waives. */
  public static Expectations defaults(boolean privileged) {
    Linux l = DefaultSpec.create(false, 0, 0).linux();
    return new Expectations(privileged, false, l.maskedPaths(), l.readonlyPaths(), DOCKER_DEFAULT_CAPS,
        DEFAULT_DEVICE_NODES, Map.of());
  }

  /**
   * The defaults plus what a container's own config asks for beyond them: a read-only root, more
   * masked and read-only paths, and memory, pids and cpu quota limits. A config can add to the
   * defaults but not take them away: a container without the default masks fails ISO-PROC-MASK
   * (unless audited as privileged), whatever its config said.
   */
  public static Expectations forSpec(io.drydock.runtime.spec.Spec spec, boolean privileged) {
    Expectations e = defaults(privileged)
        .withReadonlyRootfs(spec.root() != null && Boolean.TRUE.equals(spec.root().readonly()));
    Linux l = spec.linux();
    if (l == null) {
      return e;
    }
    e = e.withPaths(union(e.maskedPaths(), l.maskedPaths()), union(e.readonlyPaths(), l.readonlyPaths()));
    Map<String, String> limits = new java.util.HashMap<>();
    io.drydock.runtime.spec.Resources r = l.resources();
    if (r != null && r.memory() != null && r.memory().limit() != null && r.memory().limit() > 0) {
      limits.put("memory", Long.toString(r.memory().limit()));
    }
    if (r != null && r.pids() != null && r.pids().limit() != null && r.pids().limit() > 0) {
      limits.put("pids", Long.toString(r.pids().limit()));
    }
    if (r != null && r.cpu() != null && r.cpu().quota() != null && r.cpu().quota() > 0) {
      limits.put("cpu.quota", Long.toString(r.cpu().quota()));
    }
    return e.withCgroupLimits(limits);
  }

  private static List<String> union(List<String> a, List<String> b) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(a);
    if (b != null) {
      out.addAll(b);
    }
    return List.copyOf(out);
  }

  public Expectations withReadonlyRootfs(boolean ro) {
    return new Expectations(privileged, ro, maskedPaths, readonlyPaths, defaultCapabilities, deviceNodes, cgroupLimits);
  }

  public Expectations withPaths(List<String> masked, List<String> readonly) {
    return new Expectations(privileged, readonlyRootfs, masked, readonly, defaultCapabilities, deviceNodes, cgroupLimits);
  }

  public Expectations withCgroupLimits(Map<String, String> limits) {
    return new Expectations(privileged, readonlyRootfs, maskedPaths, readonlyPaths, defaultCapabilities, deviceNodes, limits);
  }
}
