package io.drydock.runtime.plan;

import io.drydock.common.DrydockException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Linux capabilities by their kernel number (the ordinal), as named in config.json. */
public enum Capability {
  CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER, CAP_FSETID, CAP_KILL, CAP_SETGID, CAP_SETUID,
  CAP_SETPCAP, CAP_LINUX_IMMUTABLE, CAP_NET_BIND_SERVICE, CAP_NET_BROADCAST, CAP_NET_ADMIN, CAP_NET_RAW,
  CAP_IPC_LOCK, CAP_IPC_OWNER, CAP_SYS_MODULE, CAP_SYS_RAWIO, CAP_SYS_CHROOT, CAP_SYS_PTRACE, CAP_SYS_PACCT,
  CAP_SYS_ADMIN, CAP_SYS_BOOT, CAP_SYS_NICE, CAP_SYS_RESOURCE, CAP_SYS_TIME, CAP_SYS_TTY_CONFIG, CAP_MKNOD,
  CAP_LEASE, CAP_AUDIT_WRITE, CAP_AUDIT_CONTROL, CAP_SETFCAP, CAP_MAC_OVERRIDE, CAP_MAC_ADMIN, CAP_SYSLOG,
  CAP_WAKE_ALARM, CAP_BLOCK_SUSPEND, CAP_AUDIT_READ, CAP_PERFMON, CAP_BPF, CAP_CHECKPOINT_RESTORE;

  /** The kernel's number of this capability. */
  public int number() {
    return ordinal();
  }

  /** Parses names such as {@code CAP_KILL}; {@code field} names the config field in the error. */
  public static Set<Capability> parseAll(Collection<String> names, String field) {
    Set<Capability> caps = EnumSet.noneOf(Capability.class);
    if (names == null) {
      return caps;
    }
    for (String name : names) {
      try {
        caps.add(valueOf(name));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new DrydockException.InvalidArgument(
            "config.json: " + field + ": unknown capability \"" + name + "\"");
      }
    }
    return caps;
  }

  /** The bit mask the kernel uses for a set. */
  public static long mask(Set<Capability> caps) {
    long m = 0;
    for (Capability c : caps) {
      m |= 1L << c.number();
    }
    return m;
  }

  /** The set of a kernel bit mask, ignoring bits drydock has no name for. */
  public static Set<Capability> fromMask(long mask) {
    Set<Capability> caps = EnumSet.noneOf(Capability.class);
    for (Capability c : values()) {
      if ((mask & (1L << c.number())) != 0) {
        caps.add(c);
      }
    }
    return caps;
  }
}
