package io.drydock.common;

import java.util.concurrent.ThreadFactory;

/**
 * The threads of the daemon's pools: daemon threads, so that none keeps the JVM alive past its
 * shutdown, each named after its job for thread dumps and profiles.
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** A factory of daemon threads called {@code name}. */
  public static ThreadFactory named(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
