/**
 * The Java side of the per-container shim (the C part is {@code drydock-helper shim}, see
 * {@code spec/shim.md}): starting a shim, talking to its control socket, reading what it leaves on
 * disk (exit status, json-file logs) and finding shims again after the supervisor restarts.
 *
 * <p>Owns: the shim's command line, its wire protocol constants, the layout of a container's state
 * directory and the json-file log format. May use: {@code io.drydock.runtime} (to locate the helper),
 * {@code io.drydock.common}. It must not know about tasks, containers or namespaces: what the shim
 * runs is an argv chosen by the caller.
 */
package io.drydock.supervisor.shim;
