package io.drydock.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file calls the JDK lacks: device nodes and fifos (mknod), and extended attributes outside the
 * {@code user.} namespace (overlayfs keeps its opaque marker in {@code trusted.overlay.opaque}). The
 * xattr calls never follow a symlink.
 */
public final class FileCalls {
  /** The file type bits of mknod's mode. */
  public enum NodeType {
    FIFO(0010000),
    CHAR(0020000),
    BLOCK(0060000);

    final int bits;

    NodeType(int bits) {
      this.bits = bits;
    }
  }

  private FileCalls() {}

  /** mknod(2) with the permission bits {@code perm} and device {@code major:minor}. */
  public static void mknod(Path path, NodeType type, int perm, int major, int minor) {
    try {
      LibC.INSTANCE.mknod(path.toString(), type.bits | (perm & 07777), makedev(major, minor));
    } catch (LastErrorException e) {
      throw Errno.error("mknod " + path, e);
    }
  }

  /** glibc's makedev encoding of dev_t. */
  static long makedev(long major, long minor) {
    return ((major & 0xfffff000L) << 32) | ((major & 0xfffL) << 8) | ((minor & 0xffffff00L) << 12) | (minor & 0xffL);
  }

  /** lsetxattr(2). */
  public static void setXattr(Path path, String name, byte[] value) {
    try {
      LibC.INSTANCE.lsetxattr(path.toString(), name, value, new NativeLong(value.length), 0);
    } catch (LastErrorException e) {
      throw Errno.error("setxattr " + name + " on " + path, e);
    }
  }

  /** lgetxattr(2); empty when the attribute is not set. */
  public static Optional<byte[]> getXattr(Path path, String name) {
    try {
      long size = LibC.INSTANCE.lgetxattr(path.toString(), name, null, new NativeLong(0)).longValue();
      byte[] buf = new byte[(int) size];
      long got = LibC.INSTANCE.lgetxattr(path.toString(), name, buf, new NativeLong(buf.length)).longValue();
      return Optional.of(java.util.Arrays.copyOf(buf, (int) got));
    } catch (LastErrorException e) {
      if (e.getErrorCode() == Errno.ENODATA) {
        return Optional.empty();
      }
      throw Errno.error("getxattr " + name + " on " + path, e);
    }
  }

  /** llistxattr(2): the names of the attributes set on {@code path} (not following a symlink). */
  public static List<String> listXattrs(Path path) {
    try {
      long size = LibC.INSTANCE.llistxattr(path.toString(), null, new NativeLong(0)).longValue();
      if (size == 0) {
        return List.of();
      }
      byte[] buf = new byte[(int) size];
      int got = (int) LibC.INSTANCE.llistxattr(path.toString(), buf, new NativeLong(buf.length)).longValue();
      List<String> names = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < got; i++) {
        if (buf[i] == 0) {
          names.add(new String(buf, start, i - start, StandardCharsets.UTF_8));
          start = i + 1;
        }
      }
      return names;
    } catch (LastErrorException e) {
      if (e.getErrorCode() == Errno.ENOTSUP) {
        return List.of();
      }
      throw Errno.error("listxattr " + path, e);
    }
  }
}
