package io.drydock.runtime;

import io.drydock.common.DrydockException;
import java.time.Duration;

/** Waiting, bounded, for a container's init to be gone, when no monitor reports its exit. */
final class StopWait {
  private StopWait() {
  }

  static void await(SavedState s, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (ProcStat.alive(s.pid(), s.pidStartTime())) {
      if (System.nanoTime() > deadline) {
        throw new DrydockException.SystemError("container " + s.id() + " (pid " + s.pid() + ") did not stop within " + timeout);
      }
      sleep(2);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted", e);
    }
  }
}
