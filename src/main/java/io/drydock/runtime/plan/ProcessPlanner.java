package io.drydock.runtime.plan;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.Rlimit;
import io.drydock.runtime.spec.User;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The process half of a plan: limits (never above what the host can grant), ids, the executable. */
final class ProcessPlanner {
  static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private ProcessPlanner() {}

  static List<Step.SetRlimit> rlimits(Process p, HostFacts host, String field) {
    List<Step.SetRlimit> out = new ArrayList<>();
    List<Rlimit> rl = p.rlimits() == null ? List.of() : p.rlimits();
    for (int i = 0; i < rl.size(); i++) {
      Rlimit r = rl.get(i);
      String f = "config.json: " + field + ".rlimits[" + i + "]";
      int resource = LinuxAbi.rlimit(r.type());
      if (resource < 0) {
        throw new DrydockException.InvalidArgument(f + ": unknown resource limit \"" + r.type() + "\"");
      }
      Long hostHard = host.hardLimits().get(r.type());
      if (!host.canRaiseLimits() && hostHard != null && Long.compareUnsigned(r.hard(), hostHard) > 0) {
        throw new DrydockException.InvalidArgument(f + ": " + r.type() + " hard limit " + Long.toUnsignedString(r.hard())
            + " exceeds the host's hard limit " + Long.toUnsignedString(hostHard)
            + " (drydock lacks CAP_SYS_RESOURCE); ask for at most " + Long.toUnsignedString(hostHard));
      }
      out.add(new Step.SetRlimit(resource, r.soft(), r.hard()));
    }
    return out;
  }

  static ProcessUser user(User u) {
    if (u == null) {
      return new ProcessUser(0, 0, List.of(), OptionalInt.empty());
    }
    return new ProcessUser(u.uid() == null ? 0 : u.uid(), u.gid() == null ? 0 : u.gid(),
        u.additionalGids() == null ? List.of() : u.additionalGids(),
        u.umask() == null ? OptionalInt.empty() : OptionalInt.of(u.umask()));
  }

  /**
   * The path to exec: args[0] itself when it has a slash, else the first match on the process's
   * PATH inside the rootfs (or below a mount, which the rootfs view cannot see), like runc.
   */
  static String executable(Process p, FsView view, String rootfs, List<String> mountDestinations) {
    String name = p.args().get(0);
    if (name.contains("/")) {
      return name;
    }
    for (String dir : pathOf(p.env()).split(":")) {
      if (dir.isEmpty()) {
        continue;
      }
      String candidate = RootfsPaths.clean(dir + "/" + name);
      String resolved = RootfsPaths.resolve(view, rootfs, candidate);
      if (view.kind(rootfs + resolved) == FsView.Kind.FILE && view.isExecutable(rootfs + resolved)) {
        return candidate;
      }
      for (String m : mountDestinations) {
        if (!m.equals("/") && candidate.startsWith(m + "/") && !m.equals("/proc") && !m.startsWith("/dev")) {
          return candidate;
        }
      }
    }
    throw new DrydockException.InvalidArgument("exec: \"" + name + "\": executable file not found in $PATH");
  }

  /**
   * runc's chdir failure of an exec, found before anything starts: the cwd must be a directory of
   * the container ({@code root}: its root as the host sees it, mounts included). A cwd the user
   * may not enter is still only found by the process's own chdir.
   */
  static void requireDirectory(String cwd, FsView view, String root) {
    String resolved = RootfsPaths.resolve(view, root, cwd);
    if (resolved.isEmpty() || resolved.equals("/")) {
      return;
    }
    FsView.Kind kind = view.kind(root + resolved);
    if (kind != FsView.Kind.DIRECTORY) {
      throw new DrydockException.InvalidArgument("chdir to cwd (\"" + cwd + "\") set in config.json failed: "
          + (kind == FsView.Kind.MISSING ? "no such file or directory" : "not a directory"));
    }
  }

  private static String pathOf(List<String> env) {
    if (env != null) {
      for (String e : env) {
        if (e.startsWith("PATH=")) {
          return e.substring(5);
        }
      }
    }
    return DEFAULT_PATH;
  }
}
