package io.drydock.supervisor.shim;

import io.drydock.common.DrydockException;

/**
 * The json-file driver's rotation options ({@code --log-opt max-size, max-file}). A max size of 0
 * means the log is never rotated; max file counts the live file plus its rotated copies.
 */
public record LogOptions(long maxSize, int maxFile) {
  public LogOptions {
    if (maxSize < 0) {
      throw new DrydockException.InvalidArgument("invalid max-size " + maxSize + ": must be 0 (unlimited) or positive");
    }
    if (maxFile < 1 || maxFile > 1000) {
      throw new DrydockException.InvalidArgument("invalid max-file " + maxFile + ": must be between 1 and 1000");
    }
  }

  /** dockerd's default: one file that grows without limit. */
  public static LogOptions unlimited() {
    return new LogOptions(0, 1);
  }
}
