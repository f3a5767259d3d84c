package io.drydock.engine.container.fs;

import java.time.Instant;

/**
 * What the change rules compare of one file: its type, size, permission bits and modification
 * time. {@code whiteout} marks overlayfs's deletion marker (a 0/0 character device), {@code opaque}
 * a directory with {@code trusted.overlay.opaque=y}; {@code linkTarget} is a symlink's target
 * (empty for anything else), by which the runtime's {@code /etc/mtab} is told from the user's.
 */
public record FileFacts(FileType type, long size, int mode, Instant mtime, boolean whiteout, boolean opaque, String linkTarget) {
  /** The file types the rules tell apart. */
  public enum FileType {
    DIRECTORY,
    REGULAR,
    SYMLINK,
    OTHER
  }

  public FileFacts {
    linkTarget = linkTarget == null ? "" : linkTarget;
  }

  /** Facts of anything but a symlink. */
  public FileFacts(FileType type, long size, int mode, Instant mtime, boolean whiteout, boolean opaque) {
    this(type, size, mode, mtime, whiteout, opaque, "");
  }

  public static FileFacts of(FileType type, long size, int mode, Instant mtime) {
    return new FileFacts(type, size, mode, mtime, false, false);
  }

  /** A symlink's facts: its size is its target's length, as lstat gives it. */
  public static FileFacts symlink(String target, int mode, Instant mtime) {
    return new FileFacts(FileType.SYMLINK, target.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, mode, mtime, false, false, target);
  }

  public boolean directory() {
    return type == FileType.DIRECTORY;
  }
}
