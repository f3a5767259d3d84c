/**
 * Tasks: the running form of a container, as containerd's task service. A task is one OCI
 * container (created by a runtime from a bundle) plus the shim that holds its stdio, writes its log
 * and records its exit. The engine asks for tasks through {@link io.drydock.supervisor.task.Tasks}
 * and never talks to a runtime or a shim itself.
 *
 * <p>May use: the runtime, the shim and cgroup packages below it, {@code io.drydock.os},
 * {@code io.drydock.common}. Must not import the engine or the API.
 */
package io.drydock.supervisor.task;
