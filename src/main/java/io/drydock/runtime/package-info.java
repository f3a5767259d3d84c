/**
 * The OCI runtime (the role of runc): {@link io.drydock.runtime.OciRuntime} and its two
 * implementations — {@link io.drydock.runtime.LinuxRuntime}, drydock's own, which compiles a
 * launch plan in Java and has the native helper execute it (one helper process per launch), and
 * {@link io.drydock.runtime.BinaryRuntime}, which drives any runc-compatible binary — plus the
 * lifecycle ({@link io.drydock.runtime.ContainerStatus}), the state directory and the helper
 * protocol (spec/helper-protocol.md). Subpackages: {@code spec} (the OCI config model),
 * {@code plan} (the pure plan compiler); cgroups and seccomp live in their own subpackages and
 * reach a launch only through the plan's cgroupProcsFiles and seccompFilter.
 *
 * <p>Owns: turning one OCI bundle into one isolated process. May use: {@code io.drydock.os},
 * {@code io.drydock.common}, Jackson (for config.json and state.json); processes are started
 * only by {@link io.drydock.runtime.HelperSession} and {@link io.drydock.runtime.BinaryRuntime}.
 * It must not import the supervisor, the engine, the API, Netty or JNA; it knows nothing about
 * images or Docker.
 */
package io.drydock.runtime;
