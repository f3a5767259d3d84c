package io.drydock.runtime.plan;

import static io.drydock.runtime.plan.LinuxAbi.MS_BIND;
import static io.drydock.runtime.plan.LinuxAbi.MS_RDONLY;
import static io.drydock.runtime.plan.LinuxAbi.MS_REC;
import static io.drydock.runtime.plan.LinuxAbi.MS_REMOUNT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code cgroup} mount as runc makes it. In a cgroup namespace each hierarchy is mounted afresh
 * (the kernel roots it at the container's cgroup); without one, the container's own cgroup
 * directory of each hierarchy is bound read-only-as-asked, so no other cgroup is visible. On v1
 * and hybrid hosts the hierarchies sit on a tmpfs at the destination, with symlinks for co-mounted
 * controllers, and the tmpfs is made read-only last when the mount asks for {@code ro}.
 */
final class CgroupMountPlanner {
  private final List<CgroupHierarchy> hierarchies;
  private final boolean cgroupns;
  private final Optional<String> cgroupPath;

  CgroupMountPlanner(List<CgroupHierarchy> hierarchies, boolean cgroupns, Optional<String> cgroupPath) {
    this.hierarchies = hierarchies;
    this.cgroupns = cgroupns;
    this.cgroupPath = cgroupPath.map(p -> p.replaceAll("^/+", ""));
  }

  String whyNot() {
    return hierarchies.isEmpty() ? "no cgroup hierarchy found on the host"
        : "no cgroup namespace and no cgroup path to bind";
  }

  /** The steps of a cgroup mount at {@code dest} (inside the rootfs) with these flags; empty: not possible. */
  List<Step> plan(String dest, long flags) {
    if (hierarchies.isEmpty() || !cgroupns && cgroupPath.isEmpty()) {
      return List.of();
    }
    List<Step> out = new ArrayList<>();
    if (hierarchies.size() == 1 && hierarchies.get(0).name().isEmpty()) {
      out.add(hierarchy(hierarchies.get(0), dest, flags));
      return out;
    }
    long tmpfsFlags = flags & ~MS_RDONLY;
    out.add(new Step.Mount("tmpfs", dest, "tmpfs", tmpfsFlags, "mode=755", Step.Create.DIRECTORY, 0, 0));
    for (CgroupHierarchy h : hierarchies) {
      out.add(hierarchy(h, dest + "/" + h.name(), flags));
      for (String alias : h.aliases()) {
        out.add(new Step.Symlink(h.name(), dest + "/" + alias));
      }
    }
    if ((flags & MS_RDONLY) != 0) {
      out.add(new Step.Mount("", dest, "", MS_REMOUNT | MS_BIND | flags, "", Step.Create.NONE, 0, 0));
    }
    return out;
  }

  private Step hierarchy(CgroupHierarchy h, String dest, long flags) {
    if (cgroupns) {
      return new Step.Mount(h.fsType(), dest, h.fsType(), flags, h.data(), Step.Create.DIRECTORY, 0, 0);
    }
    String source = cgroupPath.get().isEmpty() ? h.hostMount() : h.hostMount() + "/" + cgroupPath.get();
    return new Step.Mount(source, dest, "", MS_BIND | MS_REC, "", Step.Create.DIRECTORY, flags, 0);
  }
}
