/**
 * Layer unpacking: tar, gzip, zstd or bzip2 into a directory, with OCI whiteouts in overlay or
 * apply format, and tar safety as pure decisions ({@link io.drydock.supervisor.layer.TarEntryPolicy},
 * {@link io.drydock.supervisor.layer.ScopedPaths}) kept apart from the writing.
 *
 * <p>Owns: the directory it is told to unpack into, nothing else. May use:
 * {@code io.drydock.supervisor.store}, {@code io.drydock.os}, {@code io.drydock.common}, commons-compress.
 * It must not know about snapshots, images or the content store.
 */
package io.drydock.supervisor.layer;
