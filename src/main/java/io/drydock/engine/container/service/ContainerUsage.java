package io.drydock.engine.container.service;

import io.drydock.supervisor.task.TaskStats;
import java.time.Instant;
import java.util.List;

/** A container's resource usage at one moment, in the engine's terms (what {@code docker stats} needs). */
public record ContainerUsage(Instant read, long memoryUsage, long memoryMaxUsage, long memoryLimit, long memoryCache, long memoryFailcnt,
    long cpuTotalNanos, long cpuUserNanos, long cpuSystemNanos, long systemCpuNanos, int onlineCpus, long pidsCurrent, List<Io> io) {

  /** Bytes read and written on one block device. */
  public record Io(long major, long minor, long readBytes, long writeBytes) {}

  static ContainerUsage of(TaskStats s) {
    return new ContainerUsage(s.read(), s.memoryUsage(), s.memoryMaxUsage(), s.memoryLimit(), s.memoryCache(), s.memoryFailcnt(),
        s.cpuTotalNanos(), s.cpuUserNanos(), s.cpuSystemNanos(), s.systemCpuNanos(), s.onlineCpus(), s.pidsCurrent(),
        s.blkio().stream().map(b -> new Io(b.major(), b.minor(), b.readBytes(), b.writeBytes())).toList());
  }
}
