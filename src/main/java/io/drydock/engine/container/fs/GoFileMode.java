package io.drydock.engine.container.fs;

/**
 * Go's {@code os.FileMode} bits from a Linux {@code st_mode}, because the archive stat header
 * ({@code X-Docker-Container-Path-Stat}) carries the daemon's Go value and the docker CLI reads it
 * with Go's bit layout: the type lives in the top bits (directory is {@code 1<<31}, symlink
 * {@code 1<<27}), not in {@code S_IFMT}, and setuid/setgid/sticky move up too.
 */
public final class GoFileMode {
  static final long DIR = 1L << 31;
  static final long SYMLINK = 1L << 27;
  static final long DEVICE = 1L << 26;
  static final long NAMED_PIPE = 1L << 25;
  static final long SOCKET = 1L << 24;
  static final long SETUID = 1L << 23;
  static final long SETGID = 1L << 22;
  static final long CHAR_DEVICE = 1L << 21;
  static final long STICKY = 1L << 20;

  private static final int S_IFMT = 0170000;
  private static final int S_IFSOCK = 0140000;
  private static final int S_IFLNK = 0120000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFDIR = 0040000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFIFO = 0010000;

  private GoFileMode() {}

  /** The Go mode of a Linux {@code st_mode} (type and permission bits). */
  public static long of(int stMode) {
    long mode = stMode & 0777;
    mode |= switch (stMode & S_IFMT) {
      case S_IFDIR -> DIR;
      case S_IFLNK -> SYMLINK;
      case S_IFBLK -> DEVICE;
      case S_IFCHR -> DEVICE | CHAR_DEVICE;
      case S_IFIFO -> NAMED_PIPE;
      case S_IFSOCK -> SOCKET;
      default -> 0L;
    };
    if ((stMode & 04000) != 0) {
      mode |= SETUID;
    }
    if ((stMode & 02000) != 0) {
      mode |= SETGID;
    }
    if ((stMode & 01000) != 0) {
      mode |= STICKY;
    }
    return mode;
  }

  public static boolean isDirectory(long goMode) {
    return (goMode & DIR) != 0;
  }
}
