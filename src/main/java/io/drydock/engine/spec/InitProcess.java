package io.drydock.engine.spec;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Mount;
import io.drydock.runtime.spec.Process;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --init}, as dockerd 20.10 does it with docker-init: the host's init binary is
 * bind-mounted read-only at {@code /sbin/docker-init} and becomes PID 1
 * ({@code /sbin/docker-init -- CMD ARGS...}); it reaps zombies, forwards signals to the command and
 * exits with its status. The path is dockerd's so that {@code ps} and scripts see the same name; the
 * runtime creates the mount point in the container's layer, which {@code docker diff} then shows
 * ({@code A /sbin/docker-init}) as dockerd's does.
 */
final class InitProcess {
  static final String PATH_IN_CONTAINER = "/sbin/docker-init";

  private InitProcess() {}

  static Process wrap(Process p, Path initBinary) {
    check(initBinary);
    List<String> args = new ArrayList<>(List.of(PATH_IN_CONTAINER, "--"));
    args.addAll(p.args());
    return new Process(p.terminal(), p.consoleSize(), p.user(), args, p.commandLine(), p.env(), p.cwd(), p.capabilities(),
        p.rlimits(), p.noNewPrivileges(), p.apparmorProfile(), p.oomScoreAdj(), p.selinuxLabel(), p.unknown());
  }

  static Mount mount(Path initBinary) {
    return new Mount(PATH_IN_CONTAINER, "bind", initBinary.toString(), List.of("bind", "ro"), null, null, null);
  }

  private static void check(Path initBinary) {
    if (initBinary == null || !Files.isExecutable(initBinary)) {
      throw new DrydockException.SystemError("--init: the init binary " + (initBinary == null ? "" : initBinary + " ")
          + "is missing or not executable (the daemon installs it at start)");
    }
  }
}
