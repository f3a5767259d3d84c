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
    List<Long> cpuPerCpuNanos,
    long systemCpuNanos,
    int onlineCpus,
    long pidsCurrent,
    long pidsLimit,
    List<BlkioEntry> ioServiceBytes,
    List<BlkioEntry> ioServiced,
    Throttling throttling) {

  public TaskStats {
    memoryStat = Map.copyOf(memoryStat);
    cpuPerCpuNanos = List.copyOf(cpuPerCpuNanos);
    ioServiceBytes = List.copyOf(ioServiceBytes);
    ioServiced = List.copyOf(ioServiced);
  }

  /** CFS bandwidth control: enforcement periods, those in which the task was throttled, and the time it was. */
  public record Throttling(long periods, long throttledPeriods, long throttledNanos) {
    public static final Throttling NONE = new Throttling(0, 0, 0);
  }

  /** One block I/O count of a device: bytes or requests of an operation ({@code Read}, {@code Write}, {@code Total}...). */
  public record BlkioEntry(long major, long minor, String op, long value) {}
}
