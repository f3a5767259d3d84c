package io.drydock.runtime.plan;

import static io.drydock.runtime.plan.LinuxAbi.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options of one config.json mount split the way mount(2) wants them: flags, propagation,
 * and the rest as the file system's data string. A bind's flags beyond MS_BIND|MS_REC only take
 * effect on a remount, so they are returned separately.
 */
public record MountOptions(long flags, long clearedFlags, long propagation, String data, boolean bind) {
  private static final Map<String, Long> SET = Map.ofEntries(
      Map.entry("ro", MS_RDONLY), Map.entry("nosuid", MS_NOSUID), Map.entry("nodev", MS_NODEV),
      Map.entry("noexec", MS_NOEXEC), Map.entry("sync", MS_SYNCHRONOUS), Map.entry("remount", MS_REMOUNT),
      Map.entry("mand", MS_MANDLOCK), Map.entry("dirsync", MS_DIRSYNC), Map.entry("noatime", MS_NOATIME),
      Map.entry("nodiratime", MS_NODIRATIME), Map.entry("bind", MS_BIND), Map.entry("rbind", MS_BIND | MS_REC),
      Map.entry("relatime", MS_RELATIME), Map.entry("strictatime", MS_STRICTATIME),
      Map.entry("lazytime", MS_LAZYTIME), Map.entry("nosymfollow", MS_NOSYMFOLLOW), Map.entry("silent", MS_SILENT));
  private static final Map<String, Long> CLEAR = Map.ofEntries(
      Map.entry("rw", MS_RDONLY), Map.entry("suid", MS_NOSUID), Map.entry("dev", MS_NODEV),
      Map.entry("exec", MS_NOEXEC), Map.entry("async", MS_SYNCHRONOUS), Map.entry("nomand", MS_MANDLOCK),
      Map.entry("atime", MS_NOATIME), Map.entry("diratime", MS_NODIRATIME), Map.entry("norelatime", MS_RELATIME),
      Map.entry("nostrictatime", MS_STRICTATIME), Map.entry("nolazytime", MS_LAZYTIME),
      Map.entry("symfollow", MS_NOSYMFOLLOW), Map.entry("loud", MS_SILENT), Map.entry("defaults", 0L));
  private static final Map<String, Long> PROPAGATION = Map.of(
      "private", MS_PRIVATE, "rprivate", MS_PRIVATE | MS_REC, "shared", MS_SHARED, "rshared", MS_SHARED | MS_REC,
      "slave", MS_SLAVE, "rslave", MS_SLAVE | MS_REC, "unbindable", MS_UNBINDABLE, "runbindable", MS_UNBINDABLE | MS_REC);

  /** Parses options; {@code type} "bind" makes a bind mount as runc does. */
  public static MountOptions parse(List<String> options, String type) {
    long flags = 0;
    long cleared = 0;
    long propagation = 0;
    List<String> data = new ArrayList<>();
    for (String o : options == null ? List.<String>of() : options) {
      if (SET.containsKey(o)) {
        flags |= SET.get(o);
      } else if (CLEAR.containsKey(o)) {
        flags &= ~CLEAR.get(o);
        cleared |= CLEAR.get(o);
      } else if (PROPAGATION.containsKey(o)) {
        propagation |= PROPAGATION.get(o);
      } else {
        data.add(o);
      }
    }
    boolean bind = (flags & MS_BIND) != 0 || "bind".equals(type);
    if (bind) {
      flags |= MS_BIND;
    }
    return new MountOptions(flags, cleared, propagation, String.join(",", data), bind);
  }

  /** The rootfs propagation of linux.rootfsPropagation (runc's default: rslave). */
  public static long rootPropagation(String name) {
    if (name == null || name.isEmpty()) {
      return MS_SLAVE | MS_REC;
    }
    return PROPAGATION.get(name);
  }

  /** Flags that a bind mount only gets on the remount after it. */
  public long remountFlags() {
    return bind ? flags & ~(MS_BIND | MS_REC | MS_REMOUNT) : 0;
  }

  /** Flags for the first mount(2) call. */
  public long mountFlags() {
    return bind ? flags & (MS_BIND | MS_REC) : flags;
  }
}
