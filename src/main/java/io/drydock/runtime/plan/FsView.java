package io.drydock.runtime.plan;

/**
 * A read-only look at a file system, without following symlinks: what the compiler may know of
 * the host and of the rootfs. The real one reads the disk; tests use an in-memory fake.
 */
public interface FsView {
  /** What sits at a path (lstat: a symlink is reported as one). */
  enum Kind { MISSING, DIRECTORY, FILE, SYMLINK, OTHER }

  Kind kind(String absolutePath);

  /** The target of the symlink at this path. */
  String readlink(String absolutePath);

  /** Whether the file at this path (not a symlink) has an execute bit. */
  boolean isExecutable(String absolutePath);

  /**
   * Whether both paths, symlinks followed, are the same file (device and inode): how a namespace
   * file given by path is recognised as the runtime's own ({@code /proc/self/ns/net}). False when
   * either is missing.
   */
  boolean isSameFile(String absolutePath, String other);
}
