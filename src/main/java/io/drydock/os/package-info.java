/**
 * The kernel as facts and calls: JNA bindings to libc (mount, umount2, setns, kill, prctl, statfs,
 * ...) and feature detection (cgroup layout, overlayfs, user namespaces, capabilities).
 *
 * <p>Owns: every use of JNA in drydock. May use: {@code io.drydock.common} and the JDK. It must not
 * know about containers, images or the API; it answers questions about the host and performs single
 * system calls.
 */
package io.drydock.os;
