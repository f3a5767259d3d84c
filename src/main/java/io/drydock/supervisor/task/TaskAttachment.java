package io.drydock.supervisor.task;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * One live connection to a task's stdio. Output reaches the consumer given to
 * {@link Tasks#attach}; stdin is written here. Closing it detaches and leaves the task running.
 */
public interface TaskAttachment extends AutoCloseable {
  /** The task's stdin; writing fails when the task has none. */
  OutputStream stdin();

  /** Ends the task's stdin (EOF for the process) after everything written so far is delivered. */
  void closeStdin();

  /** Waits until the task exits and all its output was delivered; empty on timeout or detach. */
  Optional<TaskExit> awaitExit(Duration timeout);

  @Override
  void close();
}
