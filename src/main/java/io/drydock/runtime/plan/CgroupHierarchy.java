package io.drydock.runtime.plan;

import java.util.List;

/**
 * One cgroup hierarchy of the host, as a {@code cgroup} mount inside a container shows it: the
 * directory name under the mount's destination ({@code memory}, {@code cpu,cpuacct},
 * {@code systemd}, {@code unified}; empty for a pure cgroup2 host, mounted at the destination
 * itself), how to mount it in a cgroup namespace, where the host has it (for binds without one)
 * and the symlinks of co-mounted controllers ({@code cpu -> cpu,cpuacct}).
 */
public record CgroupHierarchy(String name, String fsType, String data, String hostMount, List<String> aliases) {
  public CgroupHierarchy {
    aliases = List.copyOf(aliases);
  }
}
