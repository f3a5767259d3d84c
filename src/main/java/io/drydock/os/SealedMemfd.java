package io.drydock.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * An anonymous in-memory file (memfd) holding a copy of some bytes, sealed against any change of
 * size or content, open in this process for as long as it runs. Another process can execute it
 * through {@link #procPath()} and what that process then sees as {@code /proc/self/exe} is this
 * read-only copy: the CVE-2019-5736 protection of runc's cloned binary, paid once per JVM instead
 * of once per launch.
 */
public final class SealedMemfd {
  private static final int MFD_CLOEXEC = 1;
  private static final int MFD_ALLOW_SEALING = 2;
  private static final int F_ADD_SEALS = 1033;
  private static final int F_GET_SEALS = 1034;
  /** F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE: the helper's own check wants all four. */
  static final int ALL_SEALS = 0x1 | 0x2 | 0x4 | 0x8;

  private interface C extends Library {
    int memfd_create(String name, int flags) throws LastErrorException;

    NativeLong write(int fd, byte[] buf, NativeLong count) throws LastErrorException;

    int fcntl(int fd, int cmd, int arg) throws LastErrorException;

    int close(int fd) throws LastErrorException;
  }

  private static final class Holder {
    static final C LIBC = Native.load("c", C.class);
  }

  private final int fd;

  private SealedMemfd(int fd) {
    this.fd = fd;
  }

  /** A new close-on-exec memfd named {@code name} (shown as {@code /memfd:NAME}) holding {@code content}, sealed. */
  public static SealedMemfd of(String name, byte[] content) {
    int fd;
    try {
      fd = Holder.LIBC.memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
    } catch (LastErrorException e) {
      throw Errno.error("memfd_create " + name, e);
    }
    try {
      int off = 0;
      while (off < content.length) {
        byte[] chunk = off == 0 ? content : Arrays.copyOfRange(content, off, content.length);
        off += Holder.LIBC.write(fd, chunk, new NativeLong(chunk.length)).intValue();
      }
      Holder.LIBC.fcntl(fd, F_ADD_SEALS, ALL_SEALS);
      return new SealedMemfd(fd);
    } catch (LastErrorException e) {
      closeQuietly(fd);
      throw Errno.error("fill and seal memfd " + name, e);
    }
  }

  private static void closeQuietly(int fd) {
    try {
      Holder.LIBC.close(fd);
    } catch (LastErrorException e) {
      // a descriptor that just failed a write: nothing more to do with it
    }
  }

  /** The seals in place (F_GET_SEALS). */
  public int seals() {
    try {
      return Holder.LIBC.fcntl(fd, F_GET_SEALS, 0);
    } catch (LastErrorException e) {
      throw Errno.error("F_GET_SEALS of memfd " + fd, e);
    }
  }

  /** Whether every seal is in place: no write, no resize, no further change of the seals. */
  public boolean fullySealed() {
    return (seals() & ALL_SEALS) == ALL_SEALS;
  }

  /** {@code /proc/PID/fd/N} of this JVM: a path other processes of the same user can execute. */
  public Path procPath() {
    return Path.of("/proc/" + ProcessHandle.current().pid() + "/fd/" + fd);
  }
}
