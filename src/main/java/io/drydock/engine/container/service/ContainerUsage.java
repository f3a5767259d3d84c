package io.drydock.engine.container.service;

import io.drydock.supervisor.task.TaskStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A container's resource usage at one moment, in the engine's terms (what {@code docker stats} needs). */
public record ContainerUsage(Instant read, long memoryUsage, long memoryMaxUsage, long memoryLimit, long memoryCache,
    Map<String, Long> memoryStat, long memoryFailcnt,
    long cpuTotalNanos, long cpuUserNanos, long cpuSystemNanos, List<Long> cpuPerCpuNanos, long systemCpuNanos, int onlineCpus,
    long pidsCurrent, List<Io> ioServiceBytes, List<Io> ioServiced, Throttling throttling) {

  /**
   * As dockerd: a container without a memory limit (or one above the host's memory) reports the
   * host's memory; the docker CLI reads the limit as unsigned and cannot take -1.
   */
  static long reportedLimit(long cgroupLimit, long hostMemory) {
    return cgroupLimit < 0 || cgroupLimit > hostMemory ? hostMemory : cgroupLimit;
  }

  /** CFS bandwidth control ({@code --cpus}, {@code --cpu-quota}): periods, those throttled, and the time throttled. */
  public record Throttling(long periods, long throttledPeriods, long throttledNanos) {
    public static final Throttling NONE = new Throttling(0, 0, 0);
  }

  /** One block I/O count of a device: bytes or requests of an operation as the kernel names it. */
  public record Io(long major, long minor, String op, long value) {}

  private static List<Io> io(List<TaskStats.BlkioEntry> entries) {
    return entries.stream().map(e -> new Io(e.major(), e.minor(), e.op(), e.value())).toList();
  }

  static ContainerUsage of(TaskStats s, long hostMemory) {
    return new ContainerUsage(s.read(), s.memoryUsage(), s.memoryMaxUsage(), reportedLimit(s.memoryLimit(), hostMemory), s.memoryCache(), s.memoryStat(), s.memoryFailcnt(),
        s.cpuTotalNanos(), s.cpuUserNanos(), s.cpuSystemNanos(), s.cpuPerCpuNanos(), s.systemCpuNanos(), s.onlineCpus(), s.pidsCurrent(),
        io(s.ioServiceBytes()), io(s.ioServiced()),
        new Throttling(s.throttling().periods(), s.throttling().throttledPeriods(), s.throttling().throttledNanos()));
  }
}
