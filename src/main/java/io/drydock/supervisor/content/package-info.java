/**
 * The content store: sha256-addressed blobs, verified while written, committed atomically, with
 * labels that form the reference graph for garbage collection.
 *
 * <p>Owns: {@code <root>/blobs}, {@code <root>/info}, {@code <root>/ingest}. May use:
 * {@code io.drydock.common}, {@code io.drydock.supervisor.store}, the JDK and Jackson. It knows
 * nothing of image formats (manifests express their references as {@link
 * io.drydock.supervisor.content.GcLabels}) nor of snapshots.
 */
package io.drydock.supervisor.content;
