/**
 * The supervisor (the role of containerd and its shims): tasks over one runtime interface, the
 * per-container shim, the content store of blobs, overlay snapshots, recovery and task events.
 *
 * <p>Owns: what must outlive a daemon restart. May use: {@code io.drydock.runtime},
 * {@code io.drydock.os}, {@code io.drydock.common}. It must not import the engine or the API and
 * knows nothing of Docker's object model or its wire format.
 */
package io.drydock.supervisor;
