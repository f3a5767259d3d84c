package io.drydock.supervisor.task;

import java.time.Instant;
import java.util.List;

/**
 * Resource usage of a task, read from its cgroup, plus the host figures {@code docker stats}
 * needs to compute percentages (total host CPU time and the number of online CPUs). Values the
 * kernel does not report are 0.
 */
public record TaskStats(
    Instant read,
    long memoryUsage,
    long memoryMaxUsage,
    long memoryLimit,
    long memoryCache,
    long memoryFailcnt,
    long cpuTotalNanos,
    long cpuUserNanos,
    long cpuSystemNanos,
    long systemCpuNanos,
    int onlineCpus,
    long pidsCurrent,
    long pidsLimit,
    List<BlkioEntry> blkio) {

  /** Bytes read and written on one block device. */
  public record BlkioEntry(long major, long minor, long readBytes, long writeBytes) {}
}
