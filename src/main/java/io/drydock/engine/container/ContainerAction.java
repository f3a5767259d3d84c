package io.drydock.engine.container;

/**
 * Everything that can happen to a container: the verbs a client asks for and the events the
 * supervisor and the restart manager report. Each is one column of {@link ContainerLifecycle}.
 */
public enum ContainerAction {
  START("start", true),
  STOP("stop", true),
  KILL("kill", true),
  PAUSE("pause", true),
  UNPAUSE("unpause", true),
  RESTART("restart", true),
  REMOVE("remove", true),
  REMOVE_FORCE("remove (force)", true),
  EXEC("exec", true),
  RENAME("rename", true),
  /** A client attaches to the container's streams (docker attach, or docker start -a). */
  ATTACH("attach", true),
  /** The task exited and the restart policy lets it rest. */
  EXIT("exit", false),
  /** The task exited and the restart policy will start it again after a back-off. */
  EXIT_TO_RESTART("exit, policy restarts", false),
  /** The restart manager started the task again. */
  RESPAWN("respawn", false),
  /** Removal finished: the container and its files are gone. */
  REMOVAL_DONE("removal done", false),
  /** Removal failed half way; dockerd marks such a container dead. */
  REMOVAL_FAILED("removal failed", false);

  private final String label;
  private final boolean requested;

  ContainerAction(String label, boolean requested) {
    this.label = label;
    this.requested = requested;
  }

  /** Short name used in the spec table. */
  public String label() {
    return label;
  }

  /** True for verbs a client asks for, false for events reported from below. */
  public boolean requested() {
    return requested;
  }
}
