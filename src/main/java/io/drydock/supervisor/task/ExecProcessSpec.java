package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.User;
import java.util.ArrayList;
import java.util.List;

/**
 * The OCI process of an exec: the container's own process (capabilities, rlimits, user, env)
 * with Docker's exec options laid over it. No terminal: Docker's {@code Tty} is the supervisor's to
 * give ({@code DrydockShimmedRuntime} asks for one whose master goes to the exec shim).
 */
final class ExecProcessSpec {
  private ExecProcessSpec() {}

  static Process of(Process base, ExecSpec spec) {
    if (spec.args().isEmpty()) {
      throw new DrydockException.InvalidArgument("exec: no command specified");
    }
    List<String> env = new ArrayList<>(base.env() == null ? List.of() : base.env());
    env.addAll(spec.env());
    User user = spec.user().map(u -> user(u, base.user())).orElse(base.user());
    String cwd = spec.cwd().filter(c -> !c.isEmpty()).orElse(base.cwd());
    return new Process(false, null, user, List.copyOf(spec.args()), null, env, cwd, base.capabilities(), base.rlimits(),
        base.noNewPrivileges(), base.apparmorProfile(), base.oomScoreAdj(), base.selinuxLabel(), base.unknown());
  }

  /** {@code uid[:gid]}, numeric: names would need the container's /etc/passwd, which the engine resolves. */
  static User user(String text, User base) {
    String[] parts = text.split(":", 2);
    try {
      long uid = Long.parseLong(parts[0]);
      long gid = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
      return new User(uid, gid, base == null ? null : base.umask(), null, null, null);
    } catch (NumberFormatException e) {
      throw new DrydockException.InvalidArgument("exec: user \"" + text + "\" must be numeric uid[:gid]");
    }
  }
}
