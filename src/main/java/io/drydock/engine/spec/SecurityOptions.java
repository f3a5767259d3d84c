package io.drydock.engine.spec;

import io.drydock.common.DrydockException;
import java.util.List;

/**
 * What {@code HostConfig.SecurityOpt} asks for, checked the way dockerd checks it at create: the
 * docker CLI sends {@code no-new-privileges[=true|false]}, {@code seccomp=unconfined} or
 * {@code seccomp=<the profile file's JSON>} (it reads the file itself); {@code apparmor=} and
 * {@code label=} are accepted and have no effect on a host without AppArmor or SELinux, as with
 * dockerd there. Anything else is refused with dockerd's message. The older {@code key:value}
 * form is accepted like dockerd does.
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
      String[] kv = o.split("[=:]", 2);
      switch (kv[0]) {
        case "no-new-privileges" -> nnp = kv.length == 1 || parseBool(kv[1], o);
        case "seccomp" -> seccomp = seccomp(kv.length == 2 ? kv[1] : "", o);
        case "apparmor", "label" -> { }
        default -> throw invalid(o);
      }
    }
    return new SecurityOptions(nnp, seccomp);
  }

  private static Seccomp seccomp(String value, String opt) {
    if (value.isEmpty()) {
      throw invalid(opt);
    }
    if (value.equals("unconfined")) {
      return new Seccomp.Unconfined();
    }
    SeccompSpecs.parseDockerProfile(value);
    return new Seccomp.Custom(value);
  }

  private static boolean parseBool(String v, String opt) {
    return switch (v) {
      case "true", "1", "t", "T", "TRUE", "True" -> true;
      case "false", "0", "f", "F", "FALSE", "False" -> false;
      default -> throw new DrydockException.InvalidArgument("invalid --security-opt 2: \"" + opt + "\"");
    };
  }

  private static DrydockException.InvalidArgument invalid(String opt) {
    return new DrydockException.InvalidArgument("invalid --security-opt 1: \"" + opt + "\"");
  }
}
