package io.drydock.runtime;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OCI lifecycle: creating → created → running → stopped, with one transition table, plus
 * runc's {@code paused} (a created or running container whose cgroup is frozen). Each operation
 * asks a predicate; a refused operation gets runc's wording from {@link #refusal}.
 */
public enum ContainerStatus {
  CREATING, CREATED, RUNNING, STOPPED, PAUSED;

  private static final Map<ContainerStatus, Set<ContainerStatus>> NEXT = Map.of(
      CREATING, EnumSet.of(CREATED, STOPPED),
      CREATED, EnumSet.of(RUNNING, STOPPED, PAUSED),
      RUNNING, EnumSet.of(STOPPED, PAUSED),
      PAUSED, EnumSet.of(RUNNING, CREATED, STOPPED),
      STOPPED, EnumSet.noneOf(ContainerStatus.class));

  /** The name in state.json ("created"). */
  public String specName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean canTransitionTo(ContainerStatus next) {
    return NEXT.get(this).contains(next);
  }

  public boolean canStart() {
    return this == CREATED;
  }

  /** runc signals a paused container too; the signal is acted on once it is resumed. */
  public boolean canKill() {
    return this == CREATED || this == RUNNING || this == PAUSED;
  }

  public boolean canPause() {
    return this == CREATED || this == RUNNING;
  }

  public boolean canResume() {
    return this == PAUSED;
  }

  public boolean canExec() {
    return this == RUNNING;
  }

  /** Deleting without force: a stopped container, or a created one that never ran (runc kills it). */
  public boolean canDelete() {
    return this == STOPPED || this == CREATED;
  }

  /** runc's message for an operation refused in this status. */
  public String refusal(String operation) {
    if (operation.equals("start")) {
      return this == STOPPED ? "cannot start a container that has stopped"
          : this == RUNNING ? "cannot start an already running container"
          : "cannot start a container in the " + specName() + " state";
    }
    if (operation.equals("kill")) {
      return "container not running";
    }
    if (operation.equals("exec")) {
      return "cannot exec in a " + specName() + " container";
    }
    if (operation.equals("pause")) {
      return "container not running";
    }
    if (operation.equals("resume")) {
      return "container not paused";
    }
    if (operation.equals("delete")) {
      return "cannot delete a container that is not stopped: " + specName();
    }
    return "cannot " + operation + " a container that is " + specName();
  }
}
