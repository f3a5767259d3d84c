package io.drydock.supervisor.content;

import io.drydock.common.Digest;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Content-addressed blobs (layers, manifests, configs), the role of containerd's content store.
 *
 * <p>Lifecycle of a blob: {@link #write} streams bytes into an ingest area while hashing and
 * counting them; only when digest and size match what the writer promised is the blob renamed
 * under its digest, so a reader that finds a digest finds exactly those bytes. A blob lives until
 * {@link #delete} or until {@link #garbageCollect} finds that no root references it.
 */
public interface ContentStore {
  /**
   * Stores the bytes of {@code in}. Verifies digest and size while writing; on a mismatch throws
   * InvalidArgument naming expected and actual and stores nothing. Writing a blob that is already
   * there (also concurrently) is fine and returns its info.
   */
  BlobInfo write(InputStream in, WriteRequest request);

  /** Info of a blob; NotFound when absent. */
  BlobInfo info(Digest digest);

  boolean exists(Digest digest);

  /** Opens the blob for reading; NotFound when absent. */
  InputStream open(Digest digest);

  /** The file holding the blob, for readers that need random access (layer unpacking). */
  Path path(Digest digest);

  /** Replaces the labels of a blob (e.g. gc references added once a manifest is stored). */
  BlobInfo setLabels(Digest digest, Map<String, String> labels);

  /** Deletes a blob; NotFound when absent. */
  void delete(Digest digest);

  /** Every stored blob, sorted by digest. */
  List<BlobInfo> list();

  /**
   * Deletes every blob not reachable from {@code roots} through {@code references} (a blob's
   * direct references, e.g. {@link GcLabels#references}). Roots that are absent are ignored.
   * Returns the digests deleted.
   */
  Set<Digest> garbageCollect(Set<Digest> roots, Function<BlobInfo, Set<Digest>> references);
}
