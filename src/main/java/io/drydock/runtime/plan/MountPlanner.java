package io.drydock.runtime.plan;

import static io.drydock.runtime.plan.LinuxAbi.*;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Device;
import io.drydock.runtime.spec.Mount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns config mounts (then /dev's nodes and symlinks) into mount steps in config order, each
 * destination resolved inside the rootfs. Below an earlier mount the rootfs on disk is hidden, so
 * such a path is only cleaned lexically instead of being resolved through the hidden files.
 */
final class MountPlanner {
  private record Node(String path, long type, long major, long minor, long mode, long uid, long gid) {
    Node(String path, long major, long minor) {
      this(path, S_IFCHR, major, minor, 0666, 0, 0);
    }
  }

  private static final List<Node> DEFAULT_DEVICES = List.of(
      new Node("/dev/null", 1, 3), new Node("/dev/zero", 1, 5), new Node("/dev/full", 1, 7),
      new Node("/dev/random", 1, 8), new Node("/dev/urandom", 1, 9), new Node("/dev/tty", 5, 0));

  private final FsView host;
  private final String rootfs;
  private final Path bundle;
  private final boolean userns;
  private final List<String> mounted = new ArrayList<>();
  private final List<Step> steps = new ArrayList<>();
  private final List<String> warnings;

  private final CgroupMountPlanner cgroups;

  MountPlanner(FsView host, String rootfs, Path bundle, boolean userns, List<String> warnings, CgroupMountPlanner cgroups) {
    this.cgroups = cgroups;
    this.host = host;
    this.rootfs = rootfs;
    this.bundle = bundle;
    this.userns = userns;
    this.warnings = warnings;
  }

  List<Step> plan(List<Mount> mounts, List<Device> devices) {
    for (int i = 0; i < mounts.size(); i++) {
      add(mounts.get(i), "mounts[" + i + "]");
    }
    if (mounted.contains("/dev")) {
      addDevices(devices);
    }
    return List.copyOf(steps);
  }

  /** Where {@code path} lands inside the rootfs, given the mounts planned so far. */
  String destination(String path) {
    String clean = RootfsPaths.clean(path);
    for (int i = mounted.size() - 1; i >= 0; i--) {
      String m = mounted.get(i);
      if (clean.equals(m) || clean.startsWith(m.equals("/") ? "/" : m + "/")) {
        return clean;
      }
    }
    return RootfsPaths.resolve(host, rootfs, path);
  }

  private void add(Mount m, String field) {
    try {
      addResolved(m, field);
    } catch (DrydockException.InvalidArgument e) {
      if (e.getMessage().startsWith("config.json: ")) {
        throw e;
      }
      throw new DrydockException.InvalidArgument("config.json: " + field + ".destination: " + e.getMessage(), e);
    }
  }

  private void addResolved(Mount m, String field) {
    MountOptions o = MountOptions.parse(m.options(), m.type());
    String dest = destination(m.destination());
    if ("cgroup".equals(m.type()) || "cgroup2".equals(m.type())) {
      List<Step> planned = cgroups.plan(dest, o.mountFlags());
      if (planned.isEmpty()) {
        warnings.add(field + ": cgroup file systems cannot be mounted here (" + cgroups.whyNot() + "); " + m.destination()
            + " is left as the rootfs has it");
        return;
      }
      steps.addAll(planned);
      mounted.add(dest);
      return;
    }
    if (o.bind()) {
      String source = bundle.resolve(m.source() == null ? "" : m.source()).normalize().toString();
      FsView.Kind kind = host.kind(source);
      if (kind == FsView.Kind.MISSING) {
        throw new DrydockException.InvalidArgument(
            "config.json: " + field + ": bind source " + source + " does not exist");
      }
      Step.Create create = kind == FsView.Kind.DIRECTORY ? Step.Create.DIRECTORY : Step.Create.FILE;
      steps.add(new Step.Mount(source, dest, "", o.mountFlags(), "", create, o.remountFlags(), o.propagation()));
    } else {
      steps.add(new Step.Mount(m.source() == null ? m.type() : m.source(), dest, m.type() == null ? "" : m.type(),
          o.mountFlags(), o.data(), Step.Create.DIRECTORY, 0, o.propagation()));
    }
    mounted.add(dest);
  }

  private static Node node(Device d, String field) {
    long type = switch (d.type() == null ? "" : d.type()) {
      case "c", "u" -> S_IFCHR;
      case "b" -> S_IFBLK;
      case "p" -> S_IFIFO;
      default -> throw new DrydockException.InvalidArgument(
          "config.json: " + field + ".type: unknown device type \"" + d.type() + "\" (want c, b, u or p)");
    };
    if (d.path() == null || !d.path().startsWith("/dev/")) {
      throw new DrydockException.InvalidArgument("config.json: " + field + ".path must be under /dev");
    }
    return new Node(d.path(), type, d.major() == null ? 0 : d.major(), d.minor() == null ? 0 : d.minor(),
        d.fileMode() == null ? 0666 : d.fileMode() & 07777, d.uid() == null ? 0 : d.uid(), d.gid() == null ? 0 : d.gid());
  }

  private void addDevices(List<Device> extra) {
    List<Node> nodes = new ArrayList<>(DEFAULT_DEVICES);
    for (int i = 0; i < extra.size(); i++) {
      nodes.add(node(extra.get(i), "linux.devices[" + i + "]"));
    }
    for (Node n : nodes) {
      String dest = destination(n.path());
      if (userns) {
        steps.add(new Step.Mount(n.path(), dest, "", MS_BIND, "", Step.Create.FILE, 0, 0));
      } else {
        steps.add(new Step.MakeDevice(dest, n.type() | n.mode(), makedev(n.major(), n.minor()), n.uid(), n.gid()));
      }
    }
    steps.add(new Step.Symlink("/proc/self/fd", destination("/dev/fd")));
    steps.add(new Step.Symlink("/proc/self/fd/0", destination("/dev/stdin")));
    steps.add(new Step.Symlink("/proc/self/fd/1", destination("/dev/stdout")));
    steps.add(new Step.Symlink("/proc/self/fd/2", destination("/dev/stderr")));
    if (mounted.contains("/dev/pts")) {
      steps.add(new Step.Symlink("pts/ptmx", destination("/dev/ptmx")));
    }
  }
}
