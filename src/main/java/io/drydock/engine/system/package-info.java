/**
 * The engine's system view (dockerd's {@code /info}, {@code /version} and {@code /system/df}
 * backend): facts that are true for this host (kernel, OS, CPUs, memory, cgroup driver and
 * version), the engine's identity, and the object counts the container and image stores report
 * into an {@link io.drydock.engine.system.ObjectRegistry}.
 *
 * <p>Owns: {@link io.drydock.engine.system.SystemService} and its records. May use: the JDK and
 * {@code io.drydock.common}; reads /proc and /etc directly (plain files, no syscalls). Must not
 * import the API layer or its DTOs.
 */
package io.drydock.engine.system;
