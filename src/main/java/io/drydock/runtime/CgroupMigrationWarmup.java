package io.drydock.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Starts, off the launch's path, the wait that the init's move into its cgroups would otherwise
 * pay on it. Every write to a {@code cgroup.procs} takes the kernel's global
 * {@code cgroup_threadgroup_rwsem} for writing, and the first such write after a quiet spell waits
 * for an RCU grace period (its rcu_sync switching readers to the slow path): 5–20 ms on this host,
 * against 0.02 ms for a write within a grace period of the last one. The wait is the same whoever
 * writes, so the runtime makes a write that changes nothing as soon as the container's cgroups
 * exist: the helper's pid into the cgroup it already is in (read from {@code /proc/PID/cgroup}
 * just before; nobody else moves the helper). The helper's own writes of the init's pid, a few
 * milliseconds later, then find the grace period under way or over.
 *
 * <p>Not before the cgroups are made: the writer holds {@code cgroup_mutex} while it waits, which
 * would hold up every {@code mkdir} in cgroupfs. Hosts that mount cgroupfs with
 * {@code favordynmods} have no such wait, and this write costs what any write costs. A failure
 * (the helper already gone, no cgroupfs) only means no head start.
 */
final class CgroupMigrationWarmup {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CgroupMigrationWarmup.class);

  private CgroupMigrationWarmup() {}

  /**
   * Writes the calling thread into the cgroup it is in, for a launch with no helper of this JVM's
   * to rewrite (the helper is started by a shim, later): its thread id into the {@code tasks} file
   * of its first v1 hierarchy, which migrates that thread alone; on cgroup v2 alone, this JVM's pid
   * into its {@code cgroup.procs}. Blocks for the grace period, so it runs on a thread of its own.
   */
  static void rewriteOwnThreadInPlace() {
    try {
      String self = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString(); // PID/task/TID
      int tid = Integer.parseInt(self.substring(self.lastIndexOf('/') + 1));
      java.util.Optional<Path> own = CgroupMembership.firstProcsFile(tid);
      if (own.isEmpty()) {
        return;
      }
      Path tasks = own.get().resolveSibling("tasks");
      if (Files.isRegularFile(tasks)) {
        Files.write(tasks, Integer.toString(tid).getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
      } else {
        Files.write(own.get(), Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("cgroup warm-up write of this thread: {}", e.toString());
    }
  }

  /** Writes {@code pid} into the cgroup it is in, in its first hierarchy; blocks for the grace period. */
  static void rewriteInPlace(long pid) {
    java.util.Optional<Path> own = CgroupMembership.firstProcsFile((int) pid);
    if (own.isEmpty()) {
      return;
    }
    try {
      Files.write(own.get(), Long.toString(pid).getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
    } catch (IOException e) {
      LOG.debug("cgroup warm-up write of {} to {}: {}", pid, own.get(), e.getMessage());
    }
  }
}
