package io.drydock.runtime.cgroup;

/** A block device's read or write limit in bytes or operations per second; 0 lifts the limit. */
public record DeviceThrottle(long major, long minor, long rate) {
  String device() {
    return major + ":" + minor;
  }
}
