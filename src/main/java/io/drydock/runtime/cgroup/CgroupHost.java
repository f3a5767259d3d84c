package io.drydock.runtime.cgroup;

import io.drydock.common.DrydockException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The host's cgroup facts, decided purely from the text of {@code /proc/self/mountinfo} and
 * {@code /proc/self/cgroup} (and the controller list of the unified root), so that every layout —
 * this machine's hybrid, pure v2, pure v1 with co-mounted {@code cpu,cpuacct} — is tested from
 * recorded texts. {@link CgroupHostReader} is the thin part that reads those texts.
 *
 * @param layout which of the three layouts the host uses
 * @param v1Mounts each v1 controller (and named hierarchy such as {@code name=systemd}) to its mount
 *     point; co-mounted controllers share one mount point
 * @param unifiedMount the cgroup2 mount point, if there is one
 * @param unifiedControllers the controllers the unified root offers ({@code cgroup.controllers})
 * @param ownPaths the calling process's cgroup per controller; the key {@code ""} is its v2 path
 */
public record CgroupHost(
    CgroupLayout layout,
    Map<String, Path> v1Mounts,
    Optional<Path> unifiedMount,
    Set<String> unifiedControllers,
    Map<String, String> ownPaths) {

  /** The v1 controllers drydock creates a container cgroup in when they are mounted. */
  public static final List<String> V1_CONTROLLERS =
      List.of("cpu", "cpuacct", "cpuset", "memory", "devices", "freezer", "blkio", "pids", "hugetlb",
          "net_cls", "net_prio", "perf_event", "rdma", "misc");

  public CgroupHost {
    v1Mounts = Map.copyOf(v1Mounts);
    unifiedControllers = Set.copyOf(unifiedControllers);
    ownPaths = Map.copyOf(ownPaths);
  }

  /**
   * Decides the layout from the three texts.
   *
   * @param unifiedControllers content of {@code cgroup.controllers} at the unified root, or empty
   *     when there is no unified mount
   */
  public static CgroupHost from(String mountinfo, String selfCgroup, String unifiedControllers) {
    Map<String, Path> v1 = new LinkedHashMap<>();
    Optional<Path> unified = Optional.empty();
    for (MountInfoLine line : MountInfoLine.parseAll(mountinfo)) {
      if (line.fsType().equals("cgroup2")) {
        if (unified.isEmpty() || line.root().equals("/")) {
          unified = Optional.of(Path.of(line.mountPoint()));
        }
      } else if (line.fsType().equals("cgroup")) {
        for (String option : line.superOptions()) {
          if (isController(option) && (!v1.containsKey(option) || line.root().equals("/"))) {
            v1.put(option, Path.of(line.mountPoint()));
          }
        }
      }
    }
    boolean hasV1Controllers = v1.keySet().stream().anyMatch(k -> !k.startsWith("name="));
    CgroupLayout layout;
    if (hasV1Controllers) {
      layout = unified.isPresent() ? CgroupLayout.HYBRID : CgroupLayout.V1;
    } else if (unified.isPresent()) {
      layout = CgroupLayout.V2;
    } else {
      throw new DrydockException.Unavailable("no cgroup hierarchy is mounted (see /proc/self/mountinfo)", null);
    }
    Set<String> controllers = new TreeSet<>(List.of(unifiedControllers.trim().split("\\s+")));
    controllers.remove("");
    return new CgroupHost(layout, v1, unified, unified.isPresent() ? controllers : Set.of(), ownPaths(selfCgroup));
  }

  /** Whether the v1 hierarchy of {@code controller} is mounted. */
  public boolean hasV1(String controller) {
    return v1Mounts.containsKey(controller);
  }

  /** Distinct v1 mount points in a stable order, one per hierarchy (co-mounts counted once). */
  public List<Path> v1Hierarchies() {
    return v1Mounts.values().stream().distinct().sorted().toList();
  }

  private static boolean isController(String option) {
    return V1_CONTROLLERS.contains(option) || option.startsWith("name=");
  }

  private static Map<String, String> ownPaths(String selfCgroup) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (String line : selfCgroup.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(":", 3);
      if (parts.length != 3) {
        throw new DrydockException.SystemError("malformed /proc/self/cgroup line: " + line);
      }
      if (parts[1].isEmpty()) {
        paths.put("", parts[2]);
      } else {
        for (String controller : parts[1].split(",")) {
          paths.put(controller, parts[2]);
        }
      }
    }
    return paths;
  }
}
