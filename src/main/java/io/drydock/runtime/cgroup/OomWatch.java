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
 * signal while the cgroup still exists is an OOM, and after it is gone only a second one is.
 */
public final class OomWatch implements AutoCloseable {
  private final CgroupFs fs = CgroupFs.host();
  private final Path dir;
  private final EventFd eventFd;
  private final CountDownLatch settled = new CountDownLatch(1);
  private volatile boolean oom;
  private volatile boolean stopping;

  private OomWatch(Path dir, EventFd eventFd) {
    this.dir = dir;
    this.eventFd = eventFd;
  }

  /**
   * Starts watching the memory cgroup {@code cgroupPath} (relative, e.g. {@code drydock/<id>});
   * empty when this host has no v1 memory hierarchy or the cgroup does not exist (any more).
   */
  public static Optional<OomWatch> start(String cgroupPath) {
    CgroupHost host = CgroupHostReader.read();
    if (!host.hasV1("memory")) {
      return Optional.empty();
    }
    Path dir = host.v1Mounts().get("memory").resolve(CgroupManagers.checkedPath(cgroupPath));
    EventFd efd;
    try {
      efd = EventFd.watching(dir.resolve("memory.oom_control"));
    } catch (RuntimeException gone) {
      return Optional.empty();
    }
    OomWatch w = new OomWatch(dir, efd);
    try {
      w.fs.write(dir.resolve("cgroup.event_control"), efd.registration(""));
    } catch (RuntimeException gone) {
      efd.close();
      return Optional.empty();
    }
    w.oom = w.killsSoFar() > 0;
    Thread t = new Thread(w::listen, "drydock-oom-watch");
    t.setDaemon(true);
    t.start();
    return Optional.of(w);
  }

  /** Whether a signal is an OOM: any while the cgroup exists, beyond the removal's one after. */
  static boolean isOom(boolean cgroupExists, long signals) {
    return cgroupExists ? signals > 0 : signals > 1;
  }

  private void listen() {
    try {
      while (!oom) {
        long signals = eventFd.await();
        if (stopping) {
          break;
        }
        boolean exists = fs.exists(dir.resolve("cgroup.event_control"));
        if (isOom(exists, signals)) {
          oom = true;
        } else if (!exists) {
          break;
        }
      }
    } catch (RuntimeException e) {
      // the eventfd failed: what was seen so far stands
    } finally {
      eventFd.close();
      settled.countDown();
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
   * Whether the OOM killer struck, once the container's init has exited: waits up to {@code grace}
   * for the kernel's last signal (the cgroup's removal), then stops listening.
   */
  public boolean oomKilled(Duration grace) {
    try {
      settled.await(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
    return oom;
  }

  /** Stops listening; the listening thread ends and releases the eventfd. */
  @Override
  public void close() {
    stopping = true;
    eventFd.wake();
  }
}
