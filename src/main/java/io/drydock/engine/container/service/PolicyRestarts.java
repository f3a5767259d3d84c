package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerAction;
import io.drydock.engine.container.ContainerStatus;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The starts a restart policy asks for: a respawn after an exit (once {@link ExitHandler}'s
 * back-off is over) and a start when the daemon starts ({@link Recovery}). Each one happens only
 * if the container is still in the state that asked for it; a failure is logged, as dockerd does,
 * since no client waits for it. A respawn asked for while the daemon is still starting (an exit
 * that happened while it was down, handled by {@link Recovery}) waits until Recovery has restored
 * every container's wiring, which the start needs.
 */
final class PolicyRestarts {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyRestarts.class);
  private final ServiceParts parts;
  private final StartOperation starts;
  private final CompletableFuture<Void> recovered = new CompletableFuture<>();

  PolicyRestarts(ServiceParts parts, StartOperation starts) {
    this.parts = parts;
    this.starts = starts;
  }

  /** After an exit: starts the container again if it is still {@code restarting}. */
  void respawn(ContainerId id) {
    if (recovered.isDone()) {
      startIf(id, ContainerStatus.RESTARTING, ContainerAction.RESPAWN, "");
    } else {
      recovered.thenRunAsync(() -> startIf(id, ContainerStatus.RESTARTING, ContainerAction.RESPAWN, ""), parts.scheduler);
    }
  }

  /** Daemon start is over (every container's wiring is back): the respawns held until now go ahead. */
  void recovered() {
    recovered.complete(null);
  }

  /** At daemon start, in the background as dockerd does: starts the container if it is still {@code exited}. */
  void startOnDaemonStart(ContainerId id) {
    parts.scheduler.execute(() -> startIf(id, ContainerStatus.EXITED, ContainerAction.START, " at daemon start"));
  }

  private void startIf(ContainerId id, ContainerStatus expected, ContainerAction action, String when) {
    StoredContainer c = parts.stored.get(id);
    if (c == null || c.record().status() != expected) {
      return;
    }
    try {
      starts.run(c, action);
    } catch (DrydockException e) {
      LOG.warn("restart of {}{} failed: {}", id, when, e.getMessage());
    }
  }
}
