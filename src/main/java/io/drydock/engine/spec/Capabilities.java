package io.drydock.engine.spec;

import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Docker's capability arithmetic: the 14 default capabilities, plus {@code CapAdd}, minus
 * {@code CapDrop}, with {@code ALL} on either side, names with or without {@code CAP_}. Unknown
 * names are refused with dockerd's message.
 */
public final class Capabilities {
  /** moby's oci/caps/defaults.go, in its order. */
  public static final List<String> DEFAULT = List.of(
      "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW", "CAP_SETGID",
      "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE");

  /** Every capability Linux 5.x knows, in number order. */
  public static final List<String> ALL = List.of(
      "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_SETGID",
      "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN",
      "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT",
      "CAP_SYS_PTRACE", "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE",
      "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL",
      "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND",
      "CAP_AUDIT_READ");

  private Capabilities() {}

  /** The resulting set, in {@link #ALL}'s order. */
  public static List<String> effective(List<String> add, List<String> drop, boolean privileged) {
    if (privileged) {
      return ALL;
    }
    List<String> adds = normalize(add, "CapAdd");
    List<String> drops = normalize(drop, "CapDrop");
    Set<String> result = new LinkedHashSet<>();
    if (!drops.contains("ALL")) {
      result.addAll(DEFAULT);
    }
    if (adds.contains("ALL")) {
      result.addAll(ALL);
    } else {
      result.addAll(adds);
    }
    if (!drops.contains("ALL")) {
      result.removeAll(drops.stream().filter(d -> !adds.contains(d)).toList());
    }
    return ALL.stream().filter(result::contains).toList();
  }

  /**
   * Upper case, with the {@code CAP_} prefix; InvalidArgument for names Linux does not have, in
   * dockerd's words, naming the field and the normalized name ({@code invalid CapAdd: unknown
   * capability: "CAP_NOPE"}). Nothing is trimmed, as in dockerd.
   */
  static List<String> normalize(List<String> names, String field) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String u = n.toUpperCase(Locale.ROOT);
      if (u.equals("ALL")) {
        out.add("ALL");
        continue;
      }
      String c = u.startsWith("CAP_") ? u : "CAP_" + u;
      if (!ALL.contains(c)) {
        throw new DrydockException.InvalidArgument("invalid " + field + ": unknown capability: \"" + c + "\"");
      }
      out.add(c);
    }
    return out;
  }
}
