package io.drydock.runtime.cgroup;

/**
 * One value to write into one file of the container's cgroup.
 *
 * @param controller the controller the file belongs to: on v1 the hierarchy it is written in, on
 *     v2 the controller that must be enabled in the parents' {@code cgroup.subtree_control}
 * @param file the file name inside the container's cgroup directory
 * @param value what to write
 * @param skipIfMissing true when the write only restates the default (e.g. an unlimited swap) and
 *     a kernel without that file (no swap accounting) may skip it; false when the user asked for a
 *     limit the kernel must apply
 */
public record CgroupWrite(String controller, String file, String value, boolean skipIfMissing) {
  static CgroupWrite required(String controller, String file, String value) {
    return new CgroupWrite(controller, file, value, false);
  }
}
