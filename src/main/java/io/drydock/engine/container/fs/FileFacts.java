package io.drydock.engine.container.fs;

import java.time.Instant;

/**
 * What the change rules compare of one file: its type, size, permission bits and modification
 * time. {@code whiteout} marks overlayfs's deletion marker (a 0/0 character device), {@code opaque}
 * a directory with {@code trusted.overlay.opaque=y}.
 */
public record FileFacts(FileType type, long size, int mode, Instant mtime, boolean whiteout, boolean opaque) {
  /** The file types the rules tell apart. */
  public enum FileType {
    DIRECTORY,
    REGULAR,
    SYMLINK,
    OTHER
  }

  public static FileFacts of(FileType type, long size, int mode, Instant mtime) {
    return new FileFacts(type, size, mode, mtime, false, false);
  }

  public boolean directory() {
    return type == FileType.DIRECTORY;
  }
}
