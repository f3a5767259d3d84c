package io.drydock.engine.container.service;

import io.drydock.common.DaemonThreads;
import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.supervisor.snapshot.Mounts;
import io.drydock.supervisor.store.TreeRemover;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what a removed container leaves on disk — its snapshot (metadata, upper and work trees)
 * and its directory (bundle, log, mount point).
 *
 * <p>dockerd deletes the container's layer and root before its record, so a failure reaches the
 * client as {@code 500 unable to remove filesystem for <id>: …} and the container stays
 * {@code dead} for a later removal to finish. The failure dockerd meets in practice is a mount
 * still below the container's directory ({@code device or resource busy}); {@link #check} finds
 * exactly that before the record goes, from {@code /proc/self/mountinfo}, and refuses as dockerd
 * does ({@link RemoveOperation}). The unlinks themselves — several milliseconds per removal on
 * this ext4 disk under load — run after the answer, on one thread of their own
 * ({@link #submit}): by then nothing can name these files any more (the record is deleted durably,
 * the name freed; a new container gets a new id, snapshot key and directory). Nothing here is
 * fsynced. A daemon that dies before the thread is done, or a deletion that fails for another
 * reason (logged), leaves files that no record names, which {@link LeftoverSweep} deletes at the
 * next start; {@link #close} waits (bounded) for the queue, so a daemon stopped gracefully leaves
 * nothing behind.
 */
final class ContainerFilesRemoval implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ContainerFilesRemoval.class);
  static final Duration DRAIN = Duration.ofSeconds(30);

  private final ServiceParts parts;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.named("drydock-removal"));

  ContainerFilesRemoval(ServiceParts parts) {
    this.parts = parts;
  }

  /**
   * Refuses when something is still mounted at or below the container's directory (the rootfs is
   * detached before this): its deletion would fail with EBUSY, as dockerd's does.
   */
  void check(ContainerId id) {
    List<Path> busy = Mounts.atOrBelow(parts.files.dir(id));
    if (!busy.isEmpty()) {
      throw new DrydockException.SystemError("unlinkat " + busy.get(0) + ": device or resource busy");
    }
  }

  /** Queues the deletion of the files of {@code id}, whose record is already gone. */
  void submit(ContainerId id) {
    thread.execute(() -> remove(parts, id));
  }

  /** Deletes the snapshot and the directory of {@code id} now; either may already be gone. */
  static void remove(ServiceParts parts, ContainerId id) {
    try {
      parts.snapshotter.discard(id.value());
    } catch (DrydockException.NotFound e) {
      // never made (a failed create) or removed by an earlier attempt
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
      if (!thread.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
        LOG.warn("files of removed containers still being deleted after {}s; the next start sweeps them", DRAIN.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
