/**
 * The OCI runtime (the role of runc): the runtime-spec model and its lifecycle, the pure launch-plan
 * compiler, cgroups v1/v2, seccomp, and the launcher that hands a plan to the native helper.
 *
 * <p>Owns: turning one OCI bundle into one isolated process. May use: {@code io.drydock.os},
 * {@code io.drydock.common}, Jackson (for config.json and state.json). It must not import the
 * supervisor, the engine, the API, Netty or JNA; it knows nothing about images or Docker.
 */
package io.drydock.runtime;
