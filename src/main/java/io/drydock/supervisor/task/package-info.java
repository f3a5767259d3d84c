/**
 * Tasks: the running form of a container, as containerd's task service. A task is one OCI
 * container (created by a runtime from a bundle) plus the shim that holds its stdio, writes its log
 * and records its exit. The engine asks for tasks through {@link io.drydock.supervisor.task.Tasks}
 * and never talks to a runtime or a shim itself. {@link io.drydock.supervisor.task.SupervisedTasks}
 * implements it with the runtime running as each shim's child (spec/tasks.md): drydock's helper,
 * which hands the init over to the shim and exits ({@code DrydockShimmedRuntime}), or
 * {@code runc run}, which stays ({@code RuncShimmedRuntime}).
 *
 * <p>May use: the runtime, the shim and cgroup packages below it, {@code io.drydock.os},
 * {@code io.drydock.common}. Must not import the engine or the API; must not create or delete a
 * container's cgroup (the runtime owns it; tasks only read, freeze and thaw it).
 */
package io.drydock.supervisor.task;
