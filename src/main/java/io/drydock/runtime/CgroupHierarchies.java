package io.drydock.runtime;

import io.drydock.runtime.cgroup.CgroupHost;
import io.drydock.runtime.cgroup.CgroupHostReader;
import io.drydock.runtime.plan.CgroupHierarchy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host's cgroup hierarchies as a container's {@code cgroup} mount shows them (runc's layout):
 * one directory per v1 hierarchy named like the host's mount point, symlinks for co-mounted
 * controllers, the unified hierarchy of a hybrid host as {@code unified}; a pure v2 host's cgroup2
 * at the destination itself.
 */
final class CgroupHierarchies {
  private CgroupHierarchies() {}

  static List<CgroupHierarchy> of(CgroupHost host) {
    List<CgroupHierarchy> out = new ArrayList<>();
    Map<Path, List<String>> byMount = new TreeMap<>();
    host.v1Mounts().forEach((controller, mount) -> byMount.computeIfAbsent(mount, m -> new ArrayList<>()).add(controller));
    byMount.forEach((mount, controllers) -> {
      List<String> sorted = controllers.stream().sorted().toList();
      String name = mount.getFileName().toString();
      String data = sorted.size() == 1 && sorted.get(0).startsWith("name=") ? "none," + sorted.get(0) : String.join(",", sorted);
      List<String> aliases = sorted.size() > 1 ? sorted.stream().filter(c -> !c.equals(name)).toList() : List.of();
      out.add(new CgroupHierarchy(name, "cgroup", data, mount.toString(), aliases));
    });
    host.unifiedMount().ifPresent(u -> out.add(new CgroupHierarchy(out.isEmpty() ? "" : u.getFileName().toString(),
        "cgroup2", "", u.toString(), List.of())));
    return List.copyOf(out);
  }

  /** This host's hierarchies; none when no cgroup file system is mounted. */
  static List<CgroupHierarchy> read() {
    try {
      return of(CgroupHostReader.read());
    } catch (RuntimeException e) {
      return List.of();
    }
  }
}
