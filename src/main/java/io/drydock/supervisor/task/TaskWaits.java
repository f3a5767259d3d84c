package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;

/** Short sleeps of bounded polling loops, interruption turned into a SystemError. */
final class TaskWaits {
  private TaskWaits() {}

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted", e);
    }
  }
}
