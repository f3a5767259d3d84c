package io.drydock.supervisor.task;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What the engine can ask of the supervisor about running containers.
 *
 * <p>Lifecycle of one task: {@link #create} starts its shim and has the runtime create the
 * container from the bundle (state CREATED: namespaces, mounts and cgroup exist, the user's
 * process has not run); the engine may {@link #attach} now, so no output is missed; {@link #start}
 * lets the process run (RUNNING); {@link #pause}/{@link #resume} freeze and thaw its cgroup;
 * {@link #kill} signals it; when its init exits, the shim records the status and {@link #exited}
 * completes (STOPPED), also for a task that exited while the daemon was down; {@link #delete}
 * removes the runtime's container, the cgroup and the shim's state. A task survives the JVM: a new
 * supervisor over the same state directory finds it again ({@link #list}).
 *
 * <p>Errors: unknown id → NotFound ({@code no such task: <id>}); an operation in the wrong state →
 * Conflict naming the state; a runtime or kernel failure → SystemError naming the step.
 */
public interface Tasks extends AutoCloseable {
  /** Creates the task (shim + created container). The bundle's rootfs must already be mounted. */
  TaskInfo create(TaskSpec spec);

  /** The name of the OCI runtime that runs the tasks ({@code drydock}, {@code runc}), as the engine's runtime refusals name it. */
  String runtimeName();

  /**
   * A {@link #create} of task {@code id} will follow once the caller has prepared the bundle, whose
   * config.json will have {@code linux} as its {@code linux} section (its namespaces aside): the
   * supervisor may make the task's cgroup now and start slow kernel work, so that both overlap the
   * caller's preparation. The caller closes the returned handle once the create is done or will
   * not come; what was made ahead and not taken over is then removed.
   */
  default Ahead expectCreate(String id, io.drydock.runtime.spec.Linux linux) {
    return Ahead.NONE;
  }

  /** What {@link #expectCreate} made ahead; closing it never throws. */
  @FunctionalInterface
  interface Ahead extends AutoCloseable {
    Ahead NONE = () -> { };

    @Override
    void close();
  }

  /** Lets a created task's process run. */
  void start(String id);

  /** Sends a signal to the task's init, or with {@code all} to every process in its cgroup. */
  void kill(String id, int signal, boolean all);

  /** Completes with the recorded exit when the task's init has exited. */
  CompletableFuture<TaskExit> exited(String id);

  /** Removes a stopped task (or, with {@code force}, kills it first and waits for its exit). */
  void delete(String id, boolean force);

  void pause(String id);

  void resume(String id);

  TaskInfo info(String id);

  /** Every task this supervisor knows, including those found again after a restart. */
  List<TaskInfo> list();

  /** The processes in the task's cgroup, host pids. */
  List<Long> pids(String id);

  /**
   * Changes the limits of a running or paused task's cgroup ({@code docker update}); only the
   * fields set in {@code resources} are written. A stopped task is a Conflict.
   */
  void update(String id, io.drydock.runtime.spec.Resources resources);

  /** Resource usage read back from the task's cgroup. */
  TaskStats stats(String id);

  /** Live output of the task, and its stdin when the task was created with one. */
  TaskAttachment attach(String id, Consumer<TaskOutput> output);

  /** Resizes the task's terminal (tasks created with a tty only). */
  void resize(String id, int rows, int cols);

  /** Runs an extra process in a running task's namespaces and cgroup. */
  ExecProcess exec(String id, ExecSpec spec, Consumer<TaskOutput> output);

  /** Task events (create, start, exit, oom, pause, resume, delete), delivered in order. */
  AutoCloseable subscribe(Consumer<TaskEvent> listener);

  @Override
  void close();
}
