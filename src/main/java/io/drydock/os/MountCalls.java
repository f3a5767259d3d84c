package io.drydock.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.nio.file.Path;
import java.util.Set;

/**
 * mount(2) and umount2(2), one call each. Errors carry the errno text the way mount(8) prints it:
 * {@code mount overlay on /x: Invalid argument}.
 */
public final class MountCalls {
  /** The mount(2) flags drydock uses. */
  public enum Flag {
    RDONLY(1L),
    NOSUID(2L),
    NODEV(4L),
    NOEXEC(8L),
    REMOUNT(32L),
    BIND(4096L),
    REC(16384L),
    PRIVATE(1L << 18);

    final long bits;

    Flag(long bits) {
      this.bits = bits;
    }
  }

  private static final int MNT_DETACH = 2;

  private MountCalls() {}

  /** mount(2); {@code data} may be null. */
  public static void mount(String source, Path target, String fsType, Set<Flag> flags, String data) {
    long bits = 0;
    for (Flag f : flags) {
      bits |= f.bits;
    }
    try {
      LibC.INSTANCE.mount(source, target.toString(), fsType, new NativeLong(bits), data);
    } catch (LastErrorException e) {
      String kind = fsType != null ? fsType : flags.contains(Flag.BIND) ? "bind " + source : source;
      throw Errno.error("mount " + kind + " on " + target, e);
    }
  }

  /** umount2(2) with MNT_DETACH: the mount leaves the tree now, the kernel frees it when unused. */
  public static void unmountDetached(Path target) {
    try {
      LibC.INSTANCE.umount2(target.toString(), MNT_DETACH);
    } catch (LastErrorException e) {
      throw Errno.error("unmount " + target, e);
    }
  }

  /** umount2(2) without flags: fails with "Device or resource busy" when in use. */
  public static void unmount(Path target) {
    try {
      LibC.INSTANCE.umount2(target.toString(), 0);
    } catch (LastErrorException e) {
      throw Errno.error("unmount " + target, e);
    }
  }
}
