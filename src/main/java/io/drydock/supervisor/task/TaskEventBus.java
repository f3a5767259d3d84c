package io.drydock.supervisor.task;

import io.drydock.common.DaemonThreads;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Delivers task events to subscribers in the order they were published, on one thread, so a slow
 * or failing listener never blocks or breaks a task operation.
 */
final class TaskEventBus implements AutoCloseable {
  private final List<Consumer<TaskEvent>> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService delivery = Executors.newSingleThreadExecutor(DaemonThreads.named("drydock-task-events"));

  AutoCloseable subscribe(Consumer<TaskEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * Queues {@code event} for the listeners subscribed now (a later subscriber does not get it, an
   * unsubscribed one no longer does); after {@link #close} events are dropped.
   */
  void publish(TaskEvent event) {
    List<Consumer<TaskEvent>> targets = List.copyOf(listeners);
    try {
      delivery.execute(() -> deliver(event, targets));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // closed: the supervisor is going away
    }
  }

  private void deliver(TaskEvent event, List<Consumer<TaskEvent>> targets) {
    for (Consumer<TaskEvent> l : targets) {
      if (!listeners.contains(l)) {
        continue;
      }
      try {
        l.accept(event);
      } catch (RuntimeException e) {
        // one listener's failure must not hide the event from the others
      }
    }
  }

  @Override
  public void close() {
    delivery.shutdown();
  }
}
