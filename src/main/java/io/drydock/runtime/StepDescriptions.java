package io.drydock.runtime;

import io.drydock.runtime.plan.Step;

/** Names a step the way an error message should ("mount proc on /proc"), for failure records. */
public final class StepDescriptions {
  private static final int ETIMEDOUT = 110;
  private static final int EACCES = 13;
  private static final String EXEC = "exec ";

  private StepDescriptions() {}

  public static String describe(Step s) {
    if (s instanceof Step.Mount m) {
      return "mount " + (m.source().isEmpty() ? m.type() : m.source()) + " on " + m.destination();
    } else if (s instanceof Step.JoinNamespace j) {
      return "join namespace " + j.path();
    } else if (s instanceof Step.OpenExecFifo f) {
      return "create exec fifo " + f.path();
    } else if (s instanceof Step.Clone) {
      return "clone the container's init into new namespaces";
    } else if (s instanceof Step.UidMap || s instanceof Step.GidMap) {
      return "write " + (s instanceof Step.UidMap ? "uid" : "gid") + " mappings";
    } else if (s instanceof Step.CgroupProcs c) {
      return "add the init to cgroup " + c.file();
    } else if (s instanceof Step.LinkUp l) {
      return "bring up " + l.name();
    } else if (s instanceof Step.SetHostname h) {
      return "set hostname " + h.name();
    } else if (s instanceof Step.BindRootfs r) {
      return "bind rootfs " + r.path();
    } else if (s instanceof Step.MakeDevice d) {
      return "create device " + d.path();
    } else if (s instanceof Step.Symlink l) {
      return "symlink " + l.path() + " -> " + l.target();
    } else if (s instanceof Step.PivotRoot) {
      return "pivot_root into the rootfs";
    } else if (s instanceof Step.MaskPath m) {
      return "mask " + m.path();
    } else if (s instanceof Step.ReadonlyPath r) {
      return "make " + r.path() + " read-only";
    } else if (s instanceof Step.RemountRootReadonly) {
      return "remount the rootfs read-only";
    } else if (s instanceof Step.WriteFile w) {
      return "write " + w.path();
    } else if (s instanceof Step.SetRlimit r) {
      return "set rlimit " + r.resource() + " to " + r.soft() + "/" + r.hard();
    } else if (s instanceof Step.WaitStart) {
      return "wait for start (exec fifo)";
    } else if (s instanceof Step.Seccomp) {
      return "install the seccomp filter";
    } else if (s instanceof Step.Chdir c) {
      return "chdir to " + c.path();
    } else if (s instanceof Step.ConsoleSocket c) {
      return "connect to console socket " + c.path();
    } else if (s instanceof Step.Terminal) {
      return "set up the container's terminal";
    } else if (s instanceof Step.HookSync) {
      return "wait for the prestart and createRuntime hooks";
    } else if (s instanceof Step.RunHook h) {
      return h.name();
    } else if (s instanceof Step.Exec e) {
      return EXEC + e.path();
    } else if (s instanceof Step.FixStdio f) {
      return "give stdio to uid " + f.uid();
    } else if (s instanceof Step.SetUid u) {
      return "setuid " + u.uid();
    } else if (s instanceof Step.SetGid g) {
      return "setgid " + g.gid();
    }
    String n = s.getClass().getSimpleName();
    return n.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  /** The message of a failure record, e.g. {@code mount proc on /proc: Operation not permitted}. */
  public static String render(HelperRecord failure, java.util.List<String> descriptions) {
    long i = failure.stepIndex();
    String what = i < 0 ? "read the launch plan"
        : i < descriptions.size() ? descriptions.get((int) i) : "step " + i + " (op " + failure.op() + ")";
    if (failure.op() == HelperProtocol.OP_RUN_HOOK && failure.errno() >= HelperProtocol.HOOK_EXIT_BASE) {
      return what + ": exit status " + (failure.errno() - HelperProtocol.HOOK_EXIT_BASE);
    }
    if (failure.op() == HelperProtocol.OP_RUN_HOOK && failure.errno() == ETIMEDOUT) {
      return what + ": timed out";
    }
    if (failure.op() == HelperProtocol.OP_EXEC && what.startsWith(EXEC)) {
      return lookPath(what.substring(EXEC.length()), failure.errno());
    }
    return what + ": " + ErrnoNames.text(failure.errno());
  }

  /**
   * The helper's check of the path before its execve, in runc's words (Go's {@code exec.LookPath}):
   * {@code exec: "/x": stat /x: no such file or directory}, {@code exec: "/x": permission denied}
   * for a directory or a file without an execute bit. Clients read these: the docker CLI's exit
   * code 127 or 126 comes from them.
   */
  static String lookPath(String path, int errno) {
    String quoted = "exec: \"" + path + "\": ";
    if (errno == EACCES) {
      return quoted + "permission denied";
    }
    String text = ErrnoNames.text(errno);
    return quoted + "stat " + path + ": " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
