package io.drydock.supervisor.task;

import java.nio.file.Path;

/** Where and how a task's json-file log is written; {@code maxSize} ≤ 0 means no rotation. */
public record TaskLog(Path path, long maxSize, int maxFiles) {
  public static TaskLog unbounded(Path path) {
    return new TaskLog(path, 0, 1);
  }
}
