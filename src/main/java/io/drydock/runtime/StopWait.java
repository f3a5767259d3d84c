package io.drydock.runtime;

import io.drydock.common.DrydockException;
import java.time.Duration;

/** Waiting, bounded, for a container's init to be gone, when no monitor reports its exit. */
final class StopWait {
  private StopWait() {
  }

  static void await(SavedState s, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (ProcStat.alive(s.pid(), s.pidStartTime())) {
        if (System.nanoTime() > deadline) {
          throw new DrydockException.SystemError("container " + s.id() + " (pid " + s.pid() + ") did not stop within " + timeout);
        }
        Thread.sleep(2);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted", e);
    }
  }
}
