package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Capabilities;
import io.drydock.runtime.spec.CapabilityNames;
import io.drydock.runtime.spec.Process;
import io.drydock.runtime.spec.User;
import java.util.List;
import java.util.Map;

/**
 * The OCI process of an exec: the container's own process (capabilities, rlimits, user, env)
 * with Docker's exec options laid over it; the exec's env, when given, is all of it (dockerd
 * builds an exec's whole environment, as containerd takes it). No terminal: Docker's {@code Tty} is the supervisor's to
 * give ({@code DrydockShimmedRuntime} asks for one whose master goes to the exec shim). A
 * privileged exec ({@code docker exec --privileged}) holds every capability a privileged
 * container holds ({@link CapabilityNames#DOCKER_ALL}) in its bounding, effective and permitted
 * sets, whatever the container holds, as dockerd gives it; the inheritable and ambient sets stay
 * the container's (the runtime leaves out what the host cannot grant).
 */
final class ExecProcessSpec {
  private ExecProcessSpec() {}

  static Process of(Process base, ExecSpec spec) {
    if (spec.args().isEmpty()) {
      throw new DrydockException.InvalidArgument("exec: no command specified");
    }
    List<String> env = spec.env().isEmpty() ? (base.env() == null ? List.of() : base.env()) : spec.env();
    User user = spec.user().map(u -> user(u, base.user())).orElse(base.user());
    String cwd = spec.cwd().filter(c -> !c.isEmpty()).orElse(base.cwd());
    Capabilities caps = spec.privileged() ? privileged(base.capabilities()) : base.capabilities();
    return new Process(false, null, user, List.copyOf(spec.args()), null, env, cwd, caps, base.rlimits(),
        base.noNewPrivileges(), base.apparmorProfile(), base.oomScoreAdj(), base.selinuxLabel(), base.unknown());
  }

  static Capabilities privileged(Capabilities base) {
    List<String> all = CapabilityNames.DOCKER_ALL;
    return base == null ? new Capabilities(all, all, null, all, null, Map.of())
        : new Capabilities(all, all, base.inheritable(), all, base.ambient(), Map.of());
  }

  /** The exec's identity with the container's umask; an empty group list sets no supplementary groups. */
  static User user(ExecSpec.ExecUser u, User base) {
    return new User(u.uid(), u.gid(), base == null ? null : base.umask(), u.additionalGids(), null, null);
  }
}
