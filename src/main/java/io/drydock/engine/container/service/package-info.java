/**
 * The container service of the engine (dockerd's daemon/ container verbs): create, start, stop,
 * kill, wait, attach, logs, rename, remove, list, and the handling of task exits (state, events,
 * auto-remove, restart policy). One verb per class where it grows ({@link
 * io.drydock.engine.container.service.CreateOperation}, {@link
 * io.drydock.engine.container.service.StartOperation}, ...); {@link
 * io.drydock.engine.container.service.ContainerService} is the facade the API calls.
 *
 * <p>Owns: {@code <data-root>/containers/<id>/} (bundle, rootfs mount point, log, etc files) and the
 * container records under {@code <data-root>/containerdb/}. Uses the engine model
 * ({@code engine.container}), images, events, the spec builder, and the supervisor's snapshotter
 * and {@code Tasks}; never the runtime except its spec model (through {@code engine.spec}) and
 * never API types.
 */
package io.drydock.engine.container.service;
