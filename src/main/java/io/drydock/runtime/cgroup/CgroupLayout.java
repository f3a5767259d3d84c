package io.drydock.runtime.cgroup;

/**
 * How the host mounts cgroups. The hybrid layout (v1 controllers plus a cgroup2 mount that holds
 * few or no controllers) is what systemd's "hybrid" mode and this project's CI produce; crun refuses
 * it, runc and drydock treat it as v1 plus the controllers the unified mount really has.
 */
public enum CgroupLayout {
  /** Only v1 hierarchies, one per controller (or co-mounted groups of them). */
  V1,
  /** A single cgroup2 hierarchy holding every controller. */
  V2,
  /** v1 controller hierarchies plus a cgroup2 mount; v2 is used only for what lives there. */
  HYBRID
}
