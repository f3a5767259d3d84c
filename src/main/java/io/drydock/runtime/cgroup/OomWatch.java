package io.drydock.runtime.cgroup;

import io.drydock.os.EventFd;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Listens for the OOM killer in one container's v1 memory cgroup while the container runs, for a
 * runtime that removes the cgroup the moment its init exits (crun run): by then the cgroup's
 * {@code oom_kill} count is gone with it. The kernel signals an eventfd registered on
 * {@code memory.oom_control} before it kills; it signals once more when the cgroup goes away, so a
 * signal while the cgroup still exists is an OOM, and after it is gone only a second one is. The
 * listener can start before the runtime has made the cgroup: it registers as soon as it appears,
 * so an OOM right at the start is not missed.
 */
public final class OomWatch implements AutoCloseable {
  private static final long POLL_MILLIS = 1;

  private final CgroupFs fs = CgroupFs.host();
  private final Path dir;
  private final long patienceNanos;
  private final CountDownLatch settled = new CountDownLatch(1);
  private EventFd eventFd;
  private volatile boolean oom;
  private volatile boolean stopping;

  private OomWatch(Path dir, Duration patience) {
    this.dir = dir;
    this.patienceNanos = patience.toNanos();
  }

  /**
   * Watches the memory cgroup {@code cgroupPath} (relative, e.g. {@code drydock/<id>}), waiting up
   * to {@code patience} for it to appear; empty when this host has no v1 memory hierarchy.
   */
  public static Optional<OomWatch> start(String cgroupPath, Duration patience) {
    CgroupHost host = CgroupHostReader.read();
    if (!host.hasV1("memory")) {
      return Optional.empty();
    }
    OomWatch w = new OomWatch(host.v1Mounts().get("memory").resolve(CgroupManagers.checkedPath(cgroupPath)), patience);
    Thread t = new Thread(w::run, "drydock-oom-watch");
    t.setDaemon(true);
    t.start();
    return Optional.of(w);
  }

  /** Whether the eventfd's signals mean an OOM: any while the cgroup exists, beyond the removal's one after. */
  static boolean isOom(boolean cgroupExists, long signals) {
    return cgroupExists ? signals > 0 : signals > 1;
  }

  private void run() {
    try {
      if (awaitCgroup() && register()) {
        oom = killsSoFar() > 0;
        if (!oom) {
          listen();
        }
      }
    } catch (RuntimeException e) {
      // the cgroup went away while registering, or the eventfd failed: what was seen stands
    } finally {
      synchronized (this) {
        if (eventFd != null) {
          eventFd.close();
        }
      }
      settled.countDown();
    }
  }

  private boolean awaitCgroup() {
    long deadline = System.nanoTime() + patienceNanos;
    while (!stopping && !fs.exists(dir.resolve("cgroup.event_control"))) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !stopping;
  }

  private boolean register() {
    EventFd efd = EventFd.watching(dir.resolve("memory.oom_control"));
    synchronized (this) {
      eventFd = efd;
      if (stopping) {
        return false;
      }
    }
    fs.write(dir.resolve("cgroup.event_control"), efd.registration(""));
    return true;
  }

  /** Counts signals until one is an OOM; a lone signal after the cgroup went waits for a second. */
  private void listen() {
    long signals = 0;
    while (!oom) {
      signals += eventFd.await();
      if (stopping) {
        return;
      }
      boolean exists = fs.exists(dir.resolve("cgroup.event_control"));
      oom = isOom(exists, signals);
      if (exists) {
        signals = 0;
      }
    }
  }

  private long killsSoFar() {
    try {
      return StatFiles.flatKeyed(fs.read(dir.resolve("memory.oom_control"))).getOrDefault("oom_kill", 0L);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /**
   * Whether the OOM killer struck, now that the container's init has exited. When the init died of
   * SIGKILL — the OOM killer's signal — this waits up to {@code grace} for the kernel's signals to
   * settle (an OOM's, then the cgroup's removal); otherwise it takes what was seen.
   */
  public boolean oomKilled(Duration grace, boolean initKilled) {
    if (initKilled && !oom) {
      try {
        settled.await(grace.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    close();
    return oom;
  }

  /** Stops listening; the listening thread ends and releases the eventfd. */
  @Override
  public void close() {
    stopping = true;
    synchronized (this) {
      if (eventFd != null) {
        eventFd.wake();
      }
    }
  }
}
