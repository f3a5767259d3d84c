package io.drydock.supervisor.task;

import java.time.Instant;
import java.util.Optional;

/** Something that happened to a task; {@code exit} is present for EXIT events. */
public record TaskEvent(Type type, String id, Instant at, Optional<TaskExit> exit) {
  /** The closed set of task events the engine turns into Docker events. */
  public enum Type {
    CREATE,
    START,
    EXIT,
    OOM,
    PAUSE,
    RESUME,
    DELETE,
    EXEC_START,
    EXEC_EXIT
  }
}
