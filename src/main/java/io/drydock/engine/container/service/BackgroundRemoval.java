package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.supervisor.store.TreeRemover;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what a removed container leaves on disk — its snapshot (metadata, upper and work
 * trees) and its directory (bundle, log, mount point) — on one thread of its own, after the
 * removal has answered. By then nothing can name these files any more: the record is deleted
 * durably and the name freed, so no request reaches them, and a new container gets a new id, a
 * new snapshot key and a new snapshot directory ({@code SnapshotStore} never reuses an id whose
 * directory still exists). containerd's overlay snapshotter can likewise leave the directories of
 * removed snapshots to a later cleanup.
 *
 * <p>A daemon that dies before this thread is done leaves orphans that no record names;
 * {@link LeftoverSweep} deletes them at the next start. A failure here is logged and left to that
 * sweep too, where dockerd would answer the removal with "unable to remove filesystem" and keep
 * the container as dead. {@link #close} waits (bounded) for the queue, so a daemon stopped
 * gracefully leaves nothing behind.
 */
final class BackgroundRemoval implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundRemoval.class);
  static final Duration DRAIN = Duration.ofSeconds(30);

  private final ServiceParts parts;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "drydock-removal");
    t.setDaemon(true);
    return t;
  });

  BackgroundRemoval(ServiceParts parts) {
    this.parts = parts;
  }

  /** Queues the deletion of the files of {@code id}, whose record is already gone. */
  void submit(ContainerId id) {
    thread.execute(() -> removeFiles(parts, id));
  }

  /** Deletes the snapshot and the directory of {@code id} now; either may already be gone. */
  static void removeFiles(ServiceParts parts, ContainerId id) {
    try {
      parts.snapshotter.remove(id.value());
    } catch (DrydockException.NotFound e) {
      // never made (a failed create) or already removed
    } catch (RuntimeException e) {
      LOG.warn("snapshot of removed container {} left for the next daemon start: {}", id.value(), e.toString());
    }
    try {
      TreeRemover.delete(parts.files.dir(id));
    } catch (RuntimeException e) {
      LOG.warn("directory of removed container {} left for the next daemon start: {}", id.value(), e.toString());
    }
  }

  /** Waits for the queued deletions (at most {@link #DRAIN}) and stops the thread. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("removed containers' files still being deleted after {}; the next start sweeps them", DRAIN);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
