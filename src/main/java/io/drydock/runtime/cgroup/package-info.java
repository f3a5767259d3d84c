/**
 * Control groups for one container: detecting the host's layout (v1, v2 or the hybrid of both),
 * turning resource limits into the files to write (a pure plan, per version), and a manager that
 * creates, fills, freezes, reads back and removes the container's cgroup.
 *
 * <p>Owns: everything under the cgroup mounts that belongs to a container's cgroup path. May use:
 * {@code io.drydock.os} (signals), {@code io.drydock.common} and the JDK. It must not know the OCI
 * config model ({@code runtime.spec}), the launch plan or the native helper: the runtime maps
 * {@code linux.resources} onto {@link io.drydock.runtime.cgroup.CgroupResources} and passes
 * {@link io.drydock.runtime.cgroup.CgroupManager#procsFiles()} to the helper itself.
 */
package io.drydock.runtime.cgroup;
