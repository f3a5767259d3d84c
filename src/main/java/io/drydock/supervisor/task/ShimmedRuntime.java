package io.drydock.supervisor.task;

import io.drydock.supervisor.shim.ShimHandle;
import io.drydock.supervisor.shim.ShimSpec;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * How one OCI runtime sits under the supervisor's shim (spec/tasks.md): which process the shim
 * runs, how a created container is started, and where its exit status comes from. One
 * implementation per mechanism: drydock's runtime in-process with the helper as the shim's
 * command, which hands the init over to the shim, or a runc-compatible binary run by the shim.
 */
interface ShimmedRuntime {
  /** A short name for messages and test reports. */
  String name();

  /** Whether the container's stdio can be the shim's terminal; when not, a tty task is refused. */
  boolean supportsTty();

  /**
   * Starts the shim for {@code shim} and has the runtime create the container from {@code bundle},
   * whose config.json is {@code config} (already parsed: a runtime in this JVM need not read it again).
   */
  ShimHandle create(String id, Path bundle, io.drydock.runtime.spec.Spec config, ShimSpec shim);

  /** A {@link #create} is coming ({@link Tasks#expectCreate}); a runtime in this JVM may prepare for it. */
  default Tasks.Ahead expectCreate(String id, io.drydock.runtime.spec.Linux linux) {
    return Tasks.Ahead.NONE;
  }

  /** The init's host pid of a created container; 0 when it exists only after start. */
  long createdPid(String id);

  /**
   * Lets the created container run; returns the init's host pid. {@code createdPid} is the one
   * {@link #createdPid} gave at create (0 if none), which a runtime whose init keeps its pid
   * through start may return without asking again.
   */
  long start(String id, ShimHandle shim, long createdPid);

  void kill(String id, int signal, boolean all);

  /** Writes new limits into the running container's cgroup ({@code runc update}). */
  void update(String id, io.drydock.runtime.spec.Resources resources);

  /**
   * Whether the container exists between create and start; when not (runc run held by the shim),
   * a signal before start goes to the shim's held child instead.
   */
  boolean containerExistsBeforeStart();

  /**
   * Whether the container's cgroup stays after its init exits, until {@link #delete}, so its OOM
   * count can be read then; when not (crun run before 1.15), the supervisor listens for OOMs while
   * the task runs.
   */
  default boolean cgroupOutlivesInit() {
    return true;
  }

  /** Removes what the runtime keeps for a stopped container; a container it no longer knows is fine. */
  void delete(String id);

  /**
   * The container's exit code as this JVM observed it, for a runtime whose shim cannot record it in
   * exit.json. Empty for both runtimes today: runc run exits with its init's status, and drydock's
   * init is handed over to the shim, which reaps it itself.
   */
  Optional<CompletableFuture<Integer>> observedExit(String id);

  /** Whether the shim's exit.json records the container's own status (true for runc). */
  boolean shimRecordsStatus();

  /**
   * Starts {@code process} in the running container under its own shim ({@code shim}), calling
   * {@code beforeStart} with the shim while its command is still held, so an attach misses nothing.
   */
  StartedTaskExec exec(String id, io.drydock.runtime.spec.Process process, ShimSpec shim,
      java.util.function.Consumer<ShimHandle> beforeStart);

  /** Ends what the runtime keeps for starting shims (standby shims, their threads); running tasks are not touched. */
  void close();

  /** An exec under its own shim: the shim, which reaps the process and records its exit, and the process's pid. */
  record StartedTaskExec(ShimHandle shim, long pid) {}
}
