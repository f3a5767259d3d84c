package io.drydock.supervisor.shim;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a separate JVM by {@link ShimSurvivalTest}: starts one shim, prints its pids and then
 * waits to be killed, standing in for a supervisor that dies with SIGKILL.
 */
public final class ShimLauncherMain {
  private ShimLauncherMain() {}

  public static void main(String[] args) throws Exception {
    ShimSpec spec = ShimSpec.of(args[1], Path.of(args[2]), List.of("/bin/sh", "-c", args[3]));
    ShimHandle h = new ShimLauncher(Path.of(args[0])).start(spec);
    System.out.println(h.shimPid() + " " + h.pid());
    System.out.flush();
    Thread.sleep(600_000);
  }
}
