package io.drydock.runtime.cgroup;

/** A block device's own blkio weight ({@code --blkio-weight-device}), v1 range 10..1000. */
public record DeviceWeight(long major, long minor, int weight) {
  String device() {
    return major + ":" + minor;
  }
}
