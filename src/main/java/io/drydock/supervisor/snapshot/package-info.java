/**
 * Snapshotters (the role of containerd's overlayfs and native snapshotters): committed layers,
 * active writable snapshots and read-only views with parent chains, their mounts as data, and the
 * {@link io.drydock.supervisor.snapshot.Mounts} that performs them.
 *
 * <p>Owns: {@code <root>/metadata}, {@code <root>/snapshots}, {@code <root>/l}. May use:
 * {@code io.drydock.supervisor.layer}, {@code io.drydock.supervisor.store}, {@code io.drydock.os},
 * {@code io.drydock.common}. It knows nothing of images or containers: keys and names are opaque
 * strings chosen by the engine.
 */
package io.drydock.supervisor.snapshot;
