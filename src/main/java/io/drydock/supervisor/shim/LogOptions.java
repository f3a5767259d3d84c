package io.drydock.supervisor.shim;

import io.drydock.common.DrydockException;

/**
 * How the shim keeps the container's output: rotation ({@code max-size}, {@code max-file}; a max
 * size of 0 means never rotated, max file counts the live file plus its rotated copies), whether
 * rotated files are gzipped ({@code compress}), or not at all ({@code discard}: the {@code none}
 * driver, whose output reaches attached clients only).
 */
public record LogOptions(long maxSize, int maxFile, boolean compress, boolean discard) {
  public LogOptions {
    if (maxSize < 0) {
      throw new DrydockException.InvalidArgument("invalid max-size " + maxSize + ": must be 0 (unlimited) or positive");
    }
    if (maxFile < 1 || maxFile > 1000) {
      throw new DrydockException.InvalidArgument("invalid max-file " + maxFile + ": must be between 1 and 1000");
    }
  }

  /** Rotation without compression. */
  public LogOptions(long maxSize, int maxFile) {
    this(maxSize, maxFile, false, false);
  }

  /** dockerd's default: one file that grows without limit. */
  public static LogOptions unlimited() {
    return new LogOptions(0, 1);
  }

  /** No log file at all. */
  public static LogOptions discarded() {
    return new LogOptions(0, 1, false, true);
  }
}
