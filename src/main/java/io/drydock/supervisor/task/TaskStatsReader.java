package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.CgroupStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Turns a cgroup's stats into {@link TaskStats}, adding what {@code docker stats} needs for its
 * percentages: the host's total CPU time (the first line of /proc/stat, as dockerd reads it) and
 * the number of online CPUs.
 */
final class TaskStatsReader {
  /** USER_HZ: /proc/stat counts in ticks of 1/100 s on every Linux architecture drydock runs on. */
  private static final long NANOS_PER_TICK = 10_000_000L;
  private static final int DOCKER_CPU_FIELDS = 7;

  private TaskStatsReader() {}

  static TaskStats of(CgroupStats s, String procStat, int onlineCpus) {
    return new TaskStats(Instant.now(), s.memory().usage(), s.memory().maxUsage(), s.memory().limit(), s.memory().cache(), s.memory().stat(),
        s.memory().failcnt(), s.cpu().totalNanos(), s.cpu().userNanos(), s.cpu().systemNanos(), s.cpu().perCpuNanos(), systemCpuNanos(procStat),
        onlineCpus, s.pids().current(), s.pids().limit(), blkio(s.blkio().serviceBytes()), blkio(s.blkio().serviced()),
        new TaskStats.Throttling(s.cpu().periods(), s.cpu().throttledPeriods(), s.cpu().throttledNanos()));
  }

  private static java.util.List<TaskStats.BlkioEntry> blkio(java.util.List<CgroupStats.BlkioEntry> entries) {
    return entries.stream().map(e -> new TaskStats.BlkioEntry(e.major(), e.minor(), e.op(), e.value())).toList();
  }

  /** user+nice+system+idle+iowait+irq+softirq of the aggregate "cpu" line, in nanoseconds (dockerd's sum). */
  static long systemCpuNanos(String procStat) {
    for (String line : procStat.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length > DOCKER_CPU_FIELDS && f[0].equals("cpu")) {
        long ticks = 0;
        for (int i = 1; i <= DOCKER_CPU_FIELDS; i++) {
          ticks += Long.parseLong(f[i]);
        }
        return ticks * NANOS_PER_TICK;
      }
    }
    throw new DrydockException.SystemError("/proc/stat has no aggregate cpu line");
  }

  static String readProcStat() {
    try {
      return Files.readString(Path.of("/proc/stat"));
    } catch (IOException e) {
      throw new DrydockException.SystemError("read /proc/stat: " + e.getMessage(), e);
    }
  }
}
