package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.supervisor.store.TreeRemover;

/**
 * Deletes what a container leaves on disk — its snapshot (metadata, upper and work trees) and its
 * directory (bundle, log, mount point) — before its record goes, as dockerd deletes the container's
 * layer and root before its record: a failure reaches the client as dockerd's
 * {@code 500 unable to remove filesystem for <id>: …} and the container stays {@code dead}, for a
 * later removal to finish ({@link RemoveOperation}).
 *
 * <p>Nothing here is fsynced: the record's deletion right after is the removal's commit point, and
 * what a power cut brings back of these files (a snapshot entry, a directory) no record names any
 * more; {@link LeftoverSweep} deletes such files at the next daemon start. So a removal pays the
 * unlinks, not a disk flush.
 */
final class ContainerFilesRemoval {
  private ContainerFilesRemoval() {}

  /** Deletes the snapshot and the directory of {@code id}; either may already be gone. */
  static void remove(ServiceParts parts, ContainerId id) {
    try {
      parts.snapshotter.discard(id.value());
    } catch (DrydockException.NotFound e) {
      // never made (a failed create) or removed by an earlier attempt
    }
    TreeRemover.delete(parts.files.dir(id));
  }
}
