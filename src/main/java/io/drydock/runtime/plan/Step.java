package io.drydock.runtime.plan;

import java.util.Arrays;
import java.util.List;

/**
 * One step of a launch plan, executed by the helper exactly as stated. Steps before {@link Clone}
 * run in the helper, {@link UidMap}, {@link GidMap}, {@link SetgroupsDeny} and {@link CgroupProcs}
 * in the helper right after clone, all others in the container's init, in order.
 */
public sealed interface Step {
  /** setns(2) into the namespace file {@code path} ({@code nsType} is a CLONE_NEW* flag). */
  record JoinNamespace(String path, long nsType) implements Step {}

  /** Opens the exec fifo (O_PATH) that {@link WaitStart} blocks on. */
  record OpenExecFifo(String path) implements Step {}

  /** Connects to the console socket (a host path) that {@link Terminal} sends the pty master to. */
  record ConsoleSocket(String path) implements Step {}

  /** Clones the init with these CLONE_NEW* flags; {@code monitor}: the helper waits for it and reports its exit. */
  record Clone(long flags, boolean monitor) implements Step {}

  record UidMap(String text) implements Step {}

  record GidMap(String text) implements Step {}

  record SetgroupsDeny() implements Step {}

  /** Writes the init's pid into a cgroup.procs file, before it runs anything of the user's. */
  record CgroupProcs(String file) implements Step {}

  record Unshare(long flags) implements Step {}

  record SetHostname(String name) implements Step {}

  /** Brings a network interface up (the loopback of a new network namespace, as runc does). */
  record LinkUp(String name) implements Step {}

  record SetDomainname(String name) implements Step {}

  /** mount(NULL, "/", NULL, flags): the propagation of the whole tree in the new mount namespace. */
  record RootPropagation(long flags) implements Step {}

  /** Binds the rootfs onto itself and keeps it open; later destinations resolve inside it. */
  record BindRootfs(String path) implements Step {}

  /** What to create when a mount destination is missing. */
  enum Create { NONE, DIRECTORY, FILE }

  /** One mount; {@code destination} is inside the rootfs; remount flags apply a bind's options. */
  record Mount(String source, String destination, String type, long flags, String data, Create create,
      long remountFlags, long propagation) implements Step {}

  record MakeDevice(String path, long mode, long device, long uid, long gid) implements Step {}

  record Symlink(String target, String path) implements Step {}

  record PivotRoot() implements Step {}

  record MaskPath(String path) implements Step {}

  record ReadonlyPath(String path) implements Step {}

  record RemountRootReadonly() implements Step {}

  record WriteFile(String path, String content) implements Step {}

  record SetRlimit(int resource, long soft, long hard) implements Step {}

  /** Reports "created" and blocks until start opens the exec fifo. */
  record WaitStart() implements Step {}

  record Setsid() implements Step {}

  record KeepCaps(boolean on) implements Step {}

  record SetGroups(List<Long> gids) implements Step {
    public SetGroups {
      gids = List.copyOf(gids);
    }
  }

  /**
   * Gives the process's stdio (fds 0-2) to {@code uid} before it drops root, as runc's
   * fixStdioPermissions: the pipes the shim made belong to root, and a non-root process must be
   * able to reopen them ({@code echo hi > /dev/stdout}). The gid stays; an fd already owned by the
   * uid or on {@code /dev/null} is left alone, and so is one the kernel will not give (EINVAL,
   * EPERM, EROFS: an id unmapped in a user namespace, a read-only file).
   */
  record FixStdio(long uid) implements Step {}

  record SetGid(long gid) implements Step {}

  record SetUid(long uid) implements Step {}

  record Umask(int mask) implements Step {}

  /** Drops every capability up to {@code lastCap} that is not in {@code keep} from the bounding set. */
  record BoundingSet(long keep, int lastCap) implements Step {}

  record CapSet(long effective, long permitted, long inheritable) implements Step {}

  record Ambient(long raise, int lastCap) implements Step {}

  record NoNewPrivileges() implements Step {}

  /**
   * A new pty in the container's devpts: its master goes to the console socket, its slave becomes
   * stdio and the controlling terminal (and, for an init, {@code /dev/console}). Sized
   * {@code rows} x {@code cols} (0: the kernel's default). The slave, made as root, is given to
   * {@code owner}, the process's uid, as runc does, so a non-root process can reopen its terminal;
   * the sequencer sets it from the plan's user ({@link #ownedBy}).
   */
  record Terminal(int rows, int cols, boolean console, long owner) implements Step {
    public Terminal(int rows, int cols, boolean console) {
      this(rows, cols, console, 0);
    }

    public Terminal ownedBy(long uid) {
      return new Terminal(rows, cols, console, uid);
    }
  }

  /** Reports HOOKS and waits until the runtime has run the prestart and createRuntime hooks. */
  record HookSync() implements Step {}

  /**
   * Runs a hook from inside the container's namespaces (createContainer, startContainer): the state
   * JSON is {@code stateBeforePid + getpid() + stateAfterPid} on its stdin.
   *
   * @param name what an error calls it ({@code createContainer hook 0 (/bin/x)})
   * @param timeoutSeconds 0: none
   */
  record RunHook(String name, String path, long timeoutSeconds, String stateBeforePid, String stateAfterPid,
      List<String> args, List<String> env) implements Step {
    public RunHook {
      args = List.copyOf(args);
      env = List.copyOf(env);
    }
  }

  /**
   * Installs a BPF program (struct sock_filter[], 8 bytes each, native endian) with
   * {@code seccomp(SECCOMP_SET_MODE_FILTER, flags)}.
   */
  record Seccomp(byte[] program, long flags) implements Step {
    public Seccomp {
      program = program.clone();
    }

    public Seccomp(byte[] program) {
      this(program, 0);
    }

    @Override
    public byte[] program() {
      return program.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Seccomp s && Arrays.equals(program, s.program) && flags == s.flags;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(program) * 31 + Long.hashCode(flags);
    }

    @Override
    public String toString() {
      return "Seccomp[" + program.length / 8 + " instructions, flags " + flags + "]";
    }
  }

  /** Marks every fd above 2 close-on-exec. */
  record CloseFds() implements Step {}

  record Chdir(String path) implements Step {}

  record Exec(String path, List<String> argv, List<String> env) implements Step {
    public Exec {
      argv = List.copyOf(argv);
      env = List.copyOf(env);
    }
  }
}
