package io.drydock.engine.system;

import java.util.Optional;

/**
 * Decides the cgroup version from the text of {@code /proc/self/mountinfo}, the way dockerd and
 * runc do: a cgroup2 filesystem mounted at {@code /sys/fs/cgroup} itself is the unified (v2)
 * layout; v1 controllers mounted below it are v1 — also in the hybrid layout, where only a
 * controller-less cgroup2 sits at {@code /sys/fs/cgroup/unified}.
 */
final class CgroupDetector {
  private static final String ROOT = "/sys/fs/cgroup";

  private CgroupDetector() {}

  static Optional<CgroupVersion> detect(String mountinfo) {
    boolean v1 = false;
    for (String line : mountinfo.split("\n")) {
      Optional<String[]> mount = parse(line);
      if (mount.isEmpty()) {
        continue;
      }
      String mountPoint = mount.get()[0];
      String fsType = mount.get()[1];
      if (fsType.equals("cgroup2") && mountPoint.equals(ROOT)) {
        return Optional.of(CgroupVersion.V2);
      }
      if (fsType.equals("cgroup") && mountPoint.startsWith(ROOT + "/")) {
        v1 = true;
      }
    }
    return v1 ? Optional.of(CgroupVersion.V1) : Optional.empty();
  }

  /** Mount point (field 5) and filesystem type (first field after the " - " separator). */
  private static Optional<String[]> parse(String line) {
    String[] fields = line.trim().split(" ");
    int dash = -1;
    for (int i = 6; i < fields.length; i++) {
      if (fields[i].equals("-")) {
        dash = i;
        break;
      }
    }
    if (fields.length < 5 || dash < 0 || dash + 1 >= fields.length) {
      return Optional.empty();
    }
    return Optional.of(new String[] {fields[4], fields[dash + 1]});
  }
}
