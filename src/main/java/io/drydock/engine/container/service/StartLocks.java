package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;

/**
 * The locks that order a container's start, the handling of its task's exit and the binding of
 * attach sessions: a start must not see "exited" while the old task still exists, and an attach
 * must either be bound by the start or bind to the running task itself. One lock per container,
 * not one for the engine, so that starts and exit cleanups of different containers run side by
 * side (dockerd, too, locks per container). Striped: a fixed set shared by hash, so nothing is
 * created or removed with containers; two containers sharing a stripe only wait for each other.
 * Nothing holds two of them at once.
 */
final class StartLocks {
  private static final int STRIPES = 64;
  private final Object[] stripes = new Object[STRIPES];

  StartLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Object();
    }
  }

  Object of(ContainerId id) {
    return stripes[Math.floorMod(id.value().hashCode(), STRIPES)];
  }
}
