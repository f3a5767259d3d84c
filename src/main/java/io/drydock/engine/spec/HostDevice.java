package io.drydock.engine.spec;

import io.drydock.common.DrydockException;
import java.util.Optional;

/**
 * A host device node as a container gets it: what {@code stat} said of the node on the host (its
 * type, numbers, mode and owner) at the path it takes in the container, with the device cgroup
 * access the container's mapping grants. Found when the container starts.
 *
 * @param type {@code c} (character) or {@code b} (block)
 * @param fileMode the permission bits (with set-id and sticky bits) of the host node
 */
public record HostDevice(char type, String path, long major, long minor, int fileMode, long uid, long gid, String permissions) {
  private static final int S_IFMT = 0170000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;

  public HostDevice {
    if (type != 'c' && type != 'b') {
      throw new IllegalArgumentException("device type must be c or b, not " + type);
    }
  }

  /**
   * Refuses a node outside the container's {@code /dev}: drydock's runtime makes device nodes only
   * in that tmpfs (runc would write them into the rootfs).
   */
  public HostDevice checkedPlace() {
    if (!path.startsWith("/dev/")) {
      throw new DrydockException.InvalidArgument("invalid device path in container \"" + path + "\": drydock makes device nodes only under /dev");
    }
    return this;
  }

  /**
   * The device a host node's {@code stat} describes, or empty when the node is no character or
   * block device (dockerd: "not a device node").
   *
   * @param mode {@code st_mode} (type and permission bits)
   * @param rdev {@code st_rdev} in the kernel's encoding (glibc's {@code major}/{@code minor})
   */
  public static Optional<HostDevice> fromStat(String containerPath, int mode, long rdev, long uid, long gid, String permissions) {
    char type;
    switch (mode & S_IFMT) {
      case S_IFCHR -> type = 'c';
      case S_IFBLK -> type = 'b';
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(new HostDevice(type, containerPath, major(rdev), minor(rdev), mode & 07777, uid, gid, permissions));
  }

  static long major(long rdev) {
    return ((rdev >>> 8) & 0xfffL) | ((rdev >>> 32) & 0xfffff000L);
  }

  static long minor(long rdev) {
    return (rdev & 0xffL) | ((rdev >>> 12) & 0xffffff00L);
  }
}
