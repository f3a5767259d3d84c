/**
 * The launch plan and its compiler: a pure function from an OCI config plus the host's facts (and a
 * read-only view of the rootfs for symlink resolution) to an immutable, ordered plan of steps that
 * the native helper executes one by one without taking decisions of its own.
 *
 * <p>Owns: every isolation decision (namespaces, mounts and their order, masked and read-only
 * paths, capabilities, limits, the exec path). May use: {@code io.drydock.runtime.spec} and
 * {@code io.drydock.common}. It performs no I/O: the file system is seen only through
 * {@link io.drydock.runtime.plan.FsView}; it must not import the launcher, os, or anything above.
 */
package io.drydock.runtime.plan;
