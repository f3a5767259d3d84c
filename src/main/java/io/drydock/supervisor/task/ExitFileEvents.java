package io.drydock.supervisor.task;

import io.drydock.supervisor.shim.ShimProtocol;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes an {@link ExitWatcher} the moment a shim renames {@code exit.json} into its state
 * directory (inotify, through the JDK's {@link WatchService}), so a short task's exit is not found
 * a poll tick late: between its looks the watcher waits on its directory's {@link Wakeup} instead
 * of sleeping out its tick. The tick stays as the fallback (a shim killed without writing exit.json
 * is noticed by it, and so is anything inotify misses), so correctness never depends on an event.
 */
final class ExitFileEvents implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ExitFileEvents.class);

  private final Optional<WatchService> service;
  private final Map<WatchKey, Wakeup> wakeups = new ConcurrentHashMap<>();

  ExitFileEvents() {
    service = open();
    service.ifPresent(s -> {
      Thread t = new Thread(() -> dispatch(s), "drydock-exit-events");
      t.setDaemon(true);
      t.start();
    });
  }

  private static Optional<WatchService> open() {
    try {
      return Optional.of(FileSystems.getDefault().newWatchService());
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("no file events for exit.json, exits are polled: {}", e.toString());
      return Optional.empty();
    }
  }

  /**
   * Watches {@code stateDir} for its exit.json; the wakeup must be closed when the watcher is done.
   * Without events (no watch service, or the directory cannot be watched) the wakeup is a plain sleep.
   */
  Wakeup watch(Path stateDir) {
    Wakeup w = new Wakeup();
    if (service.isPresent()) {
      try {
        WatchKey key = stateDir.register(service.get(), StandardWatchEventKinds.ENTRY_CREATE);
        wakeups.put(key, w);
        w.onClose = () -> {
          wakeups.remove(key);
          key.cancel();
        };
      } catch (IOException | ClosedWatchServiceException e) {
        LOG.debug("exit.json of {} is polled: {}", stateDir, e.toString());
      }
    }
    return w;
  }

  private void dispatch(WatchService s) {
    try {
      while (true) {
        WatchKey key = s.take();
        boolean exitFile = false;
        for (WatchEvent<?> e : key.pollEvents()) {
          exitFile |= e.kind() == StandardWatchEventKinds.OVERFLOW
              || (e.context() instanceof Path p && p.toString().equals(ShimProtocol.FILE_EXIT));
        }
        Wakeup w = wakeups.get(key);
        if (exitFile && w != null) {
          w.poke();
        }
        if (!key.reset()) {
          wakeups.remove(key);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: watchers fall back to their ticks
    }
  }

  @Override
  public void close() {
    service.ifPresent(s -> {
      try {
        s.close();
      } catch (IOException e) {
        LOG.debug("close the exit.json watch service: {}", e.toString());
      }
    });
  }

  /** What one watcher waits on between its looks at exit.json. */
  static final class Wakeup implements AutoCloseable {
    private final Semaphore pokes = new Semaphore(0);
    private volatile Runnable onClose = () -> {};

    private void poke() {
      pokes.release();
    }

    /** Waits up to {@code millis}; returns early (true) when exit.json appeared meanwhile. */
    boolean await(long millis) {
      try {
        boolean poked = pokes.tryAcquire(millis, TimeUnit.MILLISECONDS);
        pokes.drainPermits();
        return poked;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new io.drydock.common.DrydockException.SystemError("interrupted", e);
      }
    }

    @Override
    public void close() {
      onClose.run();
    }
  }
}
