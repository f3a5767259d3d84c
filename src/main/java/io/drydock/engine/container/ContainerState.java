package io.drydock.engine.container;

import static io.drydock.engine.container.ContainerAction.*;

import java.time.Instant;
import java.util.Objects;

/**
 * The runtime half of a container record, as {@code docker inspect} shows it under {@code State}.
 * Every change goes through a method that first asks {@link ContainerLifecycle}, so a state that
 * the table forbids cannot be built by the service; a refused change throws dockerd's error and
 * leaves the old value untouched (records are immutable).
 *
 * @param pid the task's init pid on the host; 0 when no task runs
 * @param exitCode the last exit code; 0 before the first run
 * @param error the last start or removal error, "" when none
 * @param startedAt when the last run started; null before the first run
 * @param finishedAt when the last run ended; null before the first exit
 * @param manuallyStopped the last run was ended by the user ({@code docker stop}, {@code kill}
 *     with SIGKILL): dockerd's {@code HasBeenManuallyStopped}, persisted so that an
 *     {@code unless-stopped} container stays down across a daemon restart; a start clears it
 */
public record ContainerState(
    ContainerStatus status,
    long pid,
    int exitCode,
    String error,
    Instant startedAt,
    Instant finishedAt,
    boolean oomKilled,
    int restartCount,
    boolean manuallyStopped) {

  /** A state whose last run was not ended by the user. */
  public ContainerState(ContainerStatus status, long pid, int exitCode, String error, Instant startedAt, Instant finishedAt,
      boolean oomKilled, int restartCount) {
    this(status, pid, exitCode, error, startedAt, finishedAt, oomKilled, restartCount, false);
  }

  public ContainerState {
    Objects.requireNonNull(status, "status");
    error = error == null ? "" : error;
    if (pid < 0 || restartCount < 0) {
      throw new IllegalArgumentException("pid and restart count are never negative");
    }
  }

  /** The state of a container that was just created. */
  public static ContainerState created() {
    return new ContainerState(ContainerStatus.CREATED, 0, 0, "", null, null, false, 0);
  }

  /**
   * Checks {@code action} without changing anything, for verbs whose effect arrives later as an
   * event (stop, kill) or that do not touch the state (exec, rename).
   */
  public Transition check(ContainerAction action, String containerId) {
    return ContainerLifecycle.check(status, action, containerId);
  }

  /** A task started by {@code via} (start, restart or the restart manager's respawn). */
  public ContainerState started(ContainerAction via, long newPid, Instant at, String containerId) {
    if (via != START && via != RESTART && via != RESPAWN) {
      throw new IllegalArgumentException(via + " does not start a task");
    }
    if (newPid <= 0) {
      throw new IllegalArgumentException("a started task has a pid");
    }
    Transition t = ContainerLifecycle.check(status, via, containerId);
    // dockerd resets the count when a client starts or restarts the container (ResetRestartManager)
    int restarts = via == RESPAWN ? restartCount + 1 : 0;
    return new ContainerState(target(t), newPid, 0, "", at, finishedAt, false, restarts);
  }

  /**
   * The task ended. {@code via} is {@code EXIT} or {@code EXIT_TO_RESTART} from the supervisor,
   * or {@code STOP}/{@code KILL} when a restarting container (which has no task) is stopped.
   */
  public ContainerState exited(
      ContainerAction via, int code, boolean oom, Instant at, String containerId) {
    if (via != EXIT && via != EXIT_TO_RESTART && via != STOP && via != KILL) {
      throw new IllegalArgumentException(via + " does not end a task");
    }
    if ((via == STOP || via == KILL) && status != ContainerStatus.RESTARTING) {
      throw new IllegalArgumentException(via + " ends the task through its EXIT event");
    }
    Transition t = ContainerLifecycle.check(status, via, containerId);
    if ((via == EXIT || via == EXIT_TO_RESTART) && pid == 0) {
      throw new io.drydock.common.DrydockException.Conflict(
          ContainerLifecycle.NO_TASK.replace("%s", containerId));
    }
    int newCode = via == EXIT || via == EXIT_TO_RESTART ? code : exitCode;
    boolean byUser = via == STOP || via == KILL || manuallyStopped;
    return new ContainerState(target(t), 0, newCode, error, startedAt, at, oom, restartCount, byUser);
  }

  /** The same state, recording whether the user ended the run (the exit that follows a stop). */
  public ContainerState withManuallyStopped(boolean byUser) {
    return new ContainerState(status, pid, exitCode, error, startedAt, finishedAt, oomKilled, restartCount, byUser);
  }

  /**
   * The start was allowed but failed (e.g. the command was not found): like dockerd, the status
   * stays, the error and the exit code (127, 126, or 128 when unknown) are recorded. The unknown
   * kind's 128 only replaces an exit code of 0: dockerd keeps the last run's code (a killed
   * container's 137) when it has no better one; its OOMKilled stays too.
   */
  public ContainerState startFailed(String message, int code, String containerId) {
    ContainerLifecycle.check(status, START, containerId);
    int recorded = code == UNKNOWN_START_FAILURE && exitCode != 0 ? exitCode : code;
    return new ContainerState(status, 0, recorded, message, startedAt, finishedAt, oomKilled, restartCount, manuallyStopped);
  }

  /** The exit code dockerd records for a failed start it cannot say more about. */
  public static final int UNKNOWN_START_FAILURE = 128;

  public ContainerState paused(String containerId) {
    return moved(PAUSE, containerId);
  }

  public ContainerState unpaused(String containerId) {
    return moved(UNPAUSE, containerId);
  }

  /** Removal begins; with {@code force} a running task is being killed and its pid stays until EXIT. */
  public ContainerState removing(boolean force, String containerId) {
    return moved(force ? REMOVE_FORCE : REMOVE, containerId);
  }

  /** Removal failed half way: the container is dead and can only be removed again. */
  public ContainerState removalFailed(String message, String containerId) {
    Transition t = ContainerLifecycle.check(status, REMOVAL_FAILED, containerId);
    return new ContainerState(
        target(t), 0, exitCode, message, startedAt, finishedAt, oomKilled, restartCount, manuallyStopped);
  }

  private ContainerState moved(ContainerAction action, String containerId) {
    Transition t = ContainerLifecycle.check(status, action, containerId);
    return new ContainerState(
        target(t), pid, exitCode, error, startedAt, finishedAt, oomKilled, restartCount, manuallyStopped);
  }

  private static ContainerStatus target(Transition t) {
    if (t instanceof Transition.Moves moves) {
      return moves.to();
    }
    throw new IllegalStateException("transition " + t + " has no target state");
  }
}
