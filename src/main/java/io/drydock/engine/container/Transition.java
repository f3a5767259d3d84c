package io.drydock.engine.container;

import io.drydock.common.DrydockException;
import io.drydock.common.ErrorKind;

/**
 * One cell of the lifecycle table: what an action does in a state. Either the container moves
 * (possibly to the same state), it is gone, or the action is refused with dockerd's error class
 * and wording.
 */
public sealed interface Transition {

  /** The action is allowed; afterwards the container is in {@code to}. */
  record Moves(ContainerStatus to) implements Transition {}

  /** The action is allowed and the container no longer exists afterwards. */
  record Gone() implements Transition {}

  /**
   * The action is refused. {@code template} holds {@code %s} where the container id goes, so the
   * message reads exactly like dockerd's.
   */
  record Refused(ErrorKind kind, String template) implements Transition {
    public Refused {
      if (kind != ErrorKind.CONFLICT && kind != ErrorKind.NOT_MODIFIED) {
        throw new IllegalArgumentException("a refused transition is a conflict or not-modified");
      }
    }

    public String message(String containerId) {
      return template.replace("%s", containerId);
    }

    /** The typed error a caller throws. */
    public DrydockException toException(String containerId) {
      String msg = message(containerId);
      return kind == ErrorKind.NOT_MODIFIED
          ? new DrydockException.NotModified(msg)
          : new DrydockException.Conflict(msg);
    }
  }

  default boolean allowed() {
    return !(this instanceof Refused);
  }
}
