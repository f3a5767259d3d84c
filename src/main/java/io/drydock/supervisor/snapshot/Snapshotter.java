package io.drydock.supervisor.snapshot;

import java.util.List;
import java.util.Optional;

/**
 * Snapshots of file system trees, in containerd's model.
 *
 * <p>Lifecycle: {@link #prepare} makes an ACTIVE (writable) snapshot on top of a COMMITTED
 * parent chain and returns the mounts that show it; after the layer or the container wrote into
 * it, {@link #commit} turns it into a COMMITTED snapshot under a new name (the key disappears), which
 * can parent further snapshots. {@link #view} makes a read-only VIEW. {@link #remove} deletes an
 * ACTIVE, VIEW or COMMITTED snapshot that no other snapshot names as parent. Keys and names share
 * one namespace. Metadata is one JSON file per snapshot, replaced atomically, so a crash leaves
 * each snapshot either as it was or as it became. A new snapshot's metadata entry is made durable
 * against a power cut by the caller's commit point (the next directory fsync on the file system:
 * a commit, a container's record), not by {@link #prepare} itself.
 */
public interface Snapshotter {
  /** A writable snapshot {@code key} on {@code parent}; Conflict if the key exists, NotFound/InvalidArgument for a bad parent. */
  List<MountSpec> prepare(String key, Optional<String> parent);

  /** A read-only snapshot {@code key} of {@code parent}. */
  List<MountSpec> view(String key, Optional<String> parent);

  /** The mounts of an ACTIVE snapshot or VIEW; Conflict for a COMMITTED one. */
  List<MountSpec> mounts(String key);

  /** Makes the ACTIVE snapshot {@code key} the COMMITTED snapshot {@code name}. */
  void commit(String name, String key);

  /** Deletes a snapshot; Conflict while another snapshot has it as parent. */
  void remove(String key);

  /**
   * As {@link #remove}, without making the deletion durable: for a caller whose own commit point
   * follows and who deletes at start what a power cut brings back (the engine's container removal
   * and its sweep of snapshots no container names), so the removal pays no fsync.
   */
  void discard(String key);

  SnapshotInfo stat(String key);

  /**
   * The directories of a COMMITTED snapshot's own files and of each snapshot below it, newest
   * first, where the snapshotter keeps each layer apart (the overlay's); empty where it keeps full
   * copies. What image inspect names as the image's storage ({@code GraphDriver.Data}).
   */
  List<java.nio.file.Path> committedLayers(String key);

  /** The snapshot's own disk use. */
  Usage usage(String key);

  /** Every snapshot, sorted by key. */
  List<SnapshotInfo> list();

  /** Where to unpack a layer into the ACTIVE snapshot {@code key} without mounting it. */
  LayerTarget layerTarget(String key);
}
