package io.drydock.supervisor.task;

import io.drydock.runtime.LinuxRuntime;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link SupervisorKillTest}: a supervisor that creates and starts one
 * task, prints the init's pid and waits to be killed with SIGKILL.
 * Arguments: {@code drydock|runc ROOT ID BUNDLE LOG}.
 */
public final class TaskSupervisorMain {
  private TaskSupervisorMain() {}

  static Tasks open(String runtime, Path root) {
    return runtime.equals("runc")
        ? SupervisedTasks.binary(root, Path.of("runc"), root.resolveSibling("runc-root"))
        : SupervisedTasks.drydock(root, new LinuxRuntime(root.resolveSibling("runtime")));
  }

  public static void main(String[] args) throws Exception {
    Tasks tasks = open(args[0], Path.of(args[1]));
    tasks.create(new TaskSpec(args[2], Path.of(args[3]), false, false, false, TaskLog.unbounded(Path.of(args[4]))));
    tasks.start(args[2]);
    System.out.println(tasks.info(args[2]).pid());
    System.out.flush();
    Thread.sleep(600_000);
  }
}
