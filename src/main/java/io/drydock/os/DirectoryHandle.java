package io.drydock.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.file.Path;

/**
 * An open directory ({@code O_PATH}), reachable as {@code /proc/self/fd/N}. A unix socket's address
 * holds at most 107 bytes; binding {@code /proc/self/fd/N/name} puts the socket in a directory of
 * any length, which {@code sun_path} could not name.
 */
public final class DirectoryHandle implements AutoCloseable {
  private static final int O_PATH = 010000000;
  private static final int O_DIRECTORY = 0200000;
  private static final int O_CLOEXEC = 02000000;

  private interface Calls extends Library {
    int open(String path, int flags) throws LastErrorException;

    int close(int fd) throws LastErrorException;
  }

  private static final class Holder {
    static final Calls LIBC = Native.load("c", Calls.class);
  }

  private final int fd;
  private boolean closed;

  private DirectoryHandle(int fd) {
    this.fd = fd;
  }

  public static DirectoryHandle open(Path dir) {
    try {
      return new DirectoryHandle(Holder.LIBC.open(dir.toString(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    } catch (LastErrorException e) {
      throw Errno.error("open " + dir, e);
    }
  }

  /** {@code /proc/self/fd/N}: the directory, under a short name, for this process only. */
  public Path procPath() {
    return Path.of("/proc/self/fd/" + fd);
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      try {
        Holder.LIBC.close(fd);
      } catch (LastErrorException e) {
        // the fd was ours and open: close cannot fail in a way that leaves it open
      }
    }
  }
}
