package io.drydock.supervisor.task;

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
  private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "drydock-task-events");
    t.setDaemon(true);
    return t;
  });

  AutoCloseable subscribe(Consumer<TaskEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  void publish(TaskEvent event) {
    delivery.execute(() -> {
      for (Consumer<TaskEvent> l : listeners) {
        try {
          l.accept(event);
        } catch (RuntimeException e) {
          // one listener's failure must not hide the event from the others
        }
      }
    });
  }

  @Override
  public void close() {
    delivery.shutdown();
  }
}
