package io.drydock.supervisor.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Resource usage of a task, read from its cgroup, plus the host figures {@code docker stats}
 * needs to compute percentages (total host CPU time and the number of online CPUs). Values the
 * kernel does not report are 0; {@code memoryStat} is the cgroup's {@code memory.stat}, empty
 * where the source gives none.
 */
public record TaskStats(
    Instant read,
    long memoryUsage,
    long memoryMaxUsage,
    long memoryLimit,
    long memoryCache,
    Map<String, Long> memoryStat,
    long memoryFailcnt,
    long cpuTotalNanos,
    long cpuUserNanos,
    long cpuSystemNanos,
    long systemCpuNanos,
    int onlineCpus,
    long pidsCurrent,
    long pidsLimit,
    List<BlkioEntry> blkio) {

  public TaskStats {
    memoryStat = Map.copyOf(memoryStat);
  }

  /** Bytes read and written on one block device. */
  public record BlkioEntry(long major, long minor, long readBytes, long writeBytes) {}
}
