package io.drydock.engine.spec;

/** A device's numbers, as {@code stat} gives them for a block device node named by a block I/O setting. */
public record DeviceNumber(long major, long minor) {
  /** The numbers of a node's {@code st_rdev} (glibc's {@code major}/{@code minor}). */
  public static DeviceNumber ofRdev(long rdev) {
    return new DeviceNumber(HostDevice.major(rdev), HostDevice.minor(rdev));
  }
}
