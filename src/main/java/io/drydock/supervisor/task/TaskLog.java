package io.drydock.supervisor.task;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where and how a task's output is logged: the file (none for the {@code none} driver), rotation
 * ({@code maxSize} ≤ 0 means none) and whether rotated files are gzipped.
 */
public record TaskLog(Optional<Path> path, long maxSize, int maxFiles, boolean compress) {
  public TaskLog {
    path = path.map(Path::toAbsolutePath);
  }

  /** A log file rotated without compression. */
  public TaskLog(Path path, long maxSize, int maxFiles) {
    this(Optional.of(path), maxSize, maxFiles, false);
  }

  public static TaskLog unbounded(Path path) {
    return new TaskLog(path, 0, 1);
  }

  /** No log file: the output reaches attached clients only. */
  public static TaskLog none() {
    return new TaskLog(Optional.empty(), 0, 1, false);
  }
}
