package io.drydock.engine.spec;

import io.drydock.common.DrydockException;
import java.util.List;

/**
 * What {@code HostConfig.SecurityOpt} asks for, checked the way dockerd checks it at create: the
 * docker CLI sends {@code no-new-privileges[=true|false]}, {@code seccomp=unconfined} or
 * {@code seccomp=<the profile file's JSON>} (it reads the file itself); {@code apparmor=} and
 * {@code label=} are accepted and have no effect on a host without AppArmor or SELinux, as with
 * dockerd there. Anything else is refused with dockerd 20.10's message and status (500): {@code
 * invalid --security-opt 1} for an entry without {@code =} or {@code :}, {@code 2} for an unknown
 * key or a {@code no-new-privileges} value that is no boolean. The older {@code key:value} form
 * is accepted like dockerd does, and so are {@code disable} and an empty {@code seccomp=} (the
 * default profile).
 */
public record SecurityOptions(boolean noNewPrivileges, Seccomp seccomp) {

  /** The seccomp choice of one container. */
  public sealed interface Seccomp {
    /** Docker's default profile, narrowed to the container's capabilities. */
    record Default() implements Seccomp {}

    /** No filter ({@code seccomp=unconfined}). */
    record Unconfined() implements Seccomp {}

    /** A profile in Docker's JSON format, as the client sent it. */
    record Custom(String json) implements Seccomp {}
  }

  public static SecurityOptions parse(List<String> opts) {
    boolean nnp = false;
    Seccomp seccomp = new Seccomp.Default();
    for (String o : opts == null ? List.<String>of() : opts) {
      if (o.equals("no-new-privileges")) {
        nnp = true;
        continue;
      }
      if (o.equals("disable")) { // label=disable's short form: no SELinux here
        continue;
      }
      String[] kv = o.contains("=") ? o.split("=", 2) : o.contains(":") ? o.split(":", 2) : new String[] {o};
      if (kv.length != 2) {
        throw new DrydockException.SystemError("invalid --security-opt 1: \"" + o + "\"");
      }
      switch (kv[0]) {
        case "no-new-privileges" -> nnp = parseBool(kv[1], o);
        case "seccomp" -> seccomp = seccomp(kv[1]);
        case "apparmor", "label" -> { }
        default -> throw invalid(o);
      }
    }
    return new SecurityOptions(nnp, seccomp);
  }

  /** {@code seccomp=}: empty is the default profile, as dockerd reads an empty one. */
  private static Seccomp seccomp(String value) {
    if (value.isEmpty()) {
      return new Seccomp.Default();
    }
    if (value.equals("unconfined")) {
      return new Seccomp.Unconfined();
    }
    return new Seccomp.Custom(value);
  }

  private static boolean parseBool(String v, String opt) {
    return switch (v) {
      case "true", "1", "t", "T", "TRUE", "True" -> true;
      case "false", "0", "f", "F", "FALSE", "False" -> false;
      default -> throw invalid(opt);
    };
  }

  private static DrydockException.SystemError invalid(String opt) {
    return new DrydockException.SystemError("invalid --security-opt 2: \"" + opt + "\"");
  }
}
