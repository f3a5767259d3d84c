package io.drydock.runtime.cgroup;

import java.util.List;

/**
 * What the kernel reports about a container's cgroup, read back from its files, in one shape for
 * v1 and v2 (the input of {@code docker stats} and {@code runtime events --stats}). Values the
 * kernel does not provide read as 0; limits read -1 when unlimited.
 */
public record CgroupStats(Memory memory, Cpu cpu, Pids pids, List<BlkioDevice> blkio) {
  public CgroupStats {
    blkio = List.copyOf(blkio);
  }

  /** Memory use in bytes; {@code failcnt} counts hits of the limit, {@code oomKills} OOM kills. */
  public record Memory(long usage, long limit, long maxUsage, long failcnt, long cache, long oomKills) {}

  /** CPU time in nanoseconds, and CFS throttling. */
  public record Cpu(long totalNanos, long userNanos, long systemNanos, long periods, long throttledPeriods,
      long throttledNanos) {}

  /** Number of tasks and the limit (-1: unlimited). */
  public record Pids(long current, long limit) {}

  /** Bytes read and written on one block device. */
  public record BlkioDevice(long major, long minor, long readBytes, long writeBytes) {}
}
