package io.drydock.engine.container;

import static io.drydock.engine.container.ContainerAction.*;
import static io.drydock.engine.container.ContainerStatus.*;

import io.drydock.common.ErrorKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one transition table of a container: for every state and every action, whether it is
 * allowed and where it leads, or which error dockerd answers. Operations ask here before they act,
 * so a refused action changes nothing and carries the same status class and text as dockerd 20.10
 * (API v1.41). {@code spec/engine-model.md} shows this table; a test keeps the two equal.
 *
 * <p>Reading aid: "running" in dockerd's messages means {@link ContainerStatus#isRunning()}, which
 * includes paused and restarting.
 */
public final class ContainerLifecycle {
  static final String NOT_RUNNING = "Container %s is not running";
  static final String ALREADY_PAUSED = "Container %s is already paused";
  static final String NOT_PAUSED = "Container %s is not paused";
  static final String IS_RESTARTING =
      "Container %s is restarting, wait until the container is running";
  static final String EXEC_PAUSED = "Container %s is paused, unpause the container before exec";
  /** dockerd names the container here as the client gave it, in lower case (daemon/attach.go). */
  static final String ATTACH_PAUSED = "container %s is paused, unpause the container before attach";
  static final String ATTACH_RESTARTING = "container %s is restarting, wait until the container is running";
  static final String START_PAUSED = "cannot start a paused container, try unpause instead";
  static final String ALREADY_STARTED = "Container is already started";
  static final String ALREADY_STOPPED = "Container is already stopped";
  static final String MARKED_FOR_REMOVAL =
      "container is marked for removal and cannot be started";
  static final String RESTART_MARKED =
      "Cannot restart container %s: container is marked for removal and cannot be started";
  static final String REMOVAL_IN_PROGRESS = "removal of container %s is already in progress";
  static final String STOP_FIRST =
      "Stop the container before attempting removal or force remove";
  static final String REMOVE_RUNNING = "You cannot remove a running container %s. " + STOP_FIRST;
  static final String REMOVE_RESTARTING =
      "You cannot remove a restarting container %s. " + STOP_FIRST;
  static final String REMOVE_PAUSED =
      "You cannot remove a paused container %s. Unpause and then stop the container before"
          + " attempting removal or force remove";
  static final String NO_TASK = "Container %s has no running task";
  static final String NOT_RESTARTING = "Container %s is not restarting";
  static final String NOT_REMOVING = "Container %s is not being removed";

  private static final Map<ContainerStatus, Map<ContainerAction, Transition>> TABLE = build();

  private ContainerLifecycle() {}

  /** The cell for {@code action} in state {@code from}; never null. */
  public static Transition transition(ContainerStatus from, ContainerAction action) {
    return TABLE.get(from).get(action);
  }

  /**
   * The transition if allowed; otherwise throws the cell's typed error (Conflict or NotModified)
   * naming {@code containerId}.
   */
  public static Transition check(ContainerStatus from, ContainerAction action, String containerId) {
    Transition t = transition(from, action);
    if (t instanceof Transition.Refused refused) {
      throw refused.toException(containerId);
    }
    return t;
  }

  public static boolean canStart(ContainerStatus s) {
    return transition(s, START).allowed();
  }

  public static boolean canStop(ContainerStatus s) {
    return transition(s, STOP).allowed();
  }

  public static boolean canKill(ContainerStatus s) {
    return transition(s, KILL).allowed();
  }

  public static boolean canPause(ContainerStatus s) {
    return transition(s, PAUSE).allowed();
  }

  public static boolean canUnpause(ContainerStatus s) {
    return transition(s, UNPAUSE).allowed();
  }

  public static boolean canRestart(ContainerStatus s) {
    return transition(s, RESTART).allowed();
  }

  public static boolean canRemove(ContainerStatus s, boolean force) {
    return transition(s, force ? REMOVE_FORCE : REMOVE).allowed();
  }

  public static boolean canExec(ContainerStatus s) {
    return transition(s, EXEC).allowed();
  }

  public static boolean canRename(ContainerStatus s) {
    return transition(s, RENAME).allowed();
  }

  private static Map<ContainerStatus, Map<ContainerAction, Transition>> build() {
    Map<ContainerStatus, Map<ContainerAction, Transition>> t = new EnumMap<>(ContainerStatus.class);
    for (ContainerStatus s : ContainerStatus.values()) {
      t.put(s, new EnumMap<>(ContainerAction.class));
    }
    for (ContainerStatus s : ContainerStatus.values()) {
      Map<ContainerAction, Transition> row = t.get(s);
      row.put(START, start(s));
      row.put(STOP, s.isRunning() ? to(EXITED) : notModified(ALREADY_STOPPED));
      row.put(KILL, kill(s));
      row.put(PAUSE, pause(s));
      row.put(UNPAUSE, s == ContainerStatus.PAUSED ? to(RUNNING) : conflict(NOT_PAUSED));
      row.put(RESTART, s == REMOVING || s == DEAD ? conflict(RESTART_MARKED) : to(RUNNING));
      row.put(REMOVE, remove(s));
      row.put(REMOVE_FORCE, s == REMOVING ? conflict(REMOVAL_IN_PROGRESS) : to(REMOVING));
      row.put(EXEC, exec(s));
      row.put(ATTACH, attach(s));
      row.put(RENAME, s == REMOVING ? conflict(REMOVAL_IN_PROGRESS) : to(s));
      row.put(EXIT, exit(s, EXITED));
      row.put(EXIT_TO_RESTART, exit(s, ContainerStatus.RESTARTING));
      row.put(RESPAWN, s == ContainerStatus.RESTARTING ? to(RUNNING) : conflict(NOT_RESTARTING));
      row.put(REMOVAL_DONE, s == REMOVING ? new Transition.Gone() : conflict(NOT_REMOVING));
      row.put(REMOVAL_FAILED, s == REMOVING ? to(DEAD) : conflict(NOT_REMOVING));
    }
    return t;
  }

  private static Transition start(ContainerStatus s) {
    return switch (s) {
      case PAUSED -> conflict(START_PAUSED);
      case RUNNING, RESTARTING -> notModified(ALREADY_STARTED);
      case REMOVING, DEAD -> conflict(MARKED_FOR_REMOVAL);
      case CREATED, EXITED -> to(RUNNING);
    };
  }

  /** A signal does not change the state by itself; the task's exit arrives as {@code EXIT}. */
  private static Transition kill(ContainerStatus s) {
    return switch (s) {
      case RUNNING, PAUSED -> to(s);
      case RESTARTING -> to(EXITED);
      default -> conflict(NOT_RUNNING);
    };
  }

  private static Transition pause(ContainerStatus s) {
    return switch (s) {
      case RUNNING -> to(ContainerStatus.PAUSED);
      case PAUSED -> conflict(ALREADY_PAUSED);
      case RESTARTING -> conflict(IS_RESTARTING);
      default -> conflict(NOT_RUNNING);
    };
  }

  private static Transition remove(ContainerStatus s) {
    return switch (s) {
      case RUNNING -> conflict(REMOVE_RUNNING);
      case PAUSED -> conflict(REMOVE_PAUSED);
      case RESTARTING -> conflict(REMOVE_RESTARTING);
      case REMOVING -> conflict(REMOVAL_IN_PROGRESS);
      case CREATED, EXITED, DEAD -> to(REMOVING);
    };
  }

  private static Transition exec(ContainerStatus s) {
    return switch (s) {
      case RUNNING -> to(RUNNING);
      case PAUSED -> conflict(EXEC_PAUSED);
      case RESTARTING -> conflict(IS_RESTARTING);
      default -> conflict(NOT_RUNNING);
    };
  }

  /** Any other state attaches: a client may wait on a stopped container for its next start. */
  private static Transition attach(ContainerStatus s) {
    return switch (s) {
      case PAUSED -> conflict(ATTACH_PAUSED);
      case RESTARTING -> conflict(ATTACH_RESTARTING);
      default -> to(s);
    };
  }

  /** A task exit during removal (force-remove kills first) leaves the container being removed. */
  private static Transition exit(ContainerStatus s, ContainerStatus target) {
    return switch (s) {
      case RUNNING, PAUSED -> to(target);
      case REMOVING -> to(REMOVING);
      default -> conflict(NO_TASK);
    };
  }

  private static Transition to(ContainerStatus s) {
    return new Transition.Moves(s);
  }

  private static Transition conflict(String template) {
    return new Transition.Refused(ErrorKind.CONFLICT, template);
  }

  private static Transition notModified(String template) {
    return new Transition.Refused(ErrorKind.NOT_MODIFIED, template);
  }
}
