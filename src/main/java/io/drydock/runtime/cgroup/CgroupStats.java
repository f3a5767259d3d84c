package io.drydock.runtime.cgroup;

import java.util.List;
import java.util.Map;

/**
 * What the kernel reports about a container's cgroup, read back from its files, in one shape for
 * v1 and v2 (the input of {@code docker stats} and {@code runtime events --stats}). Values the
 * kernel does not provide read as 0; limits read -1 when unlimited.
 */
public record CgroupStats(Memory memory, Cpu cpu, Pids pids, List<BlkioDevice> blkio) {
  public CgroupStats {
    blkio = List.copyOf(blkio);
  }

  /**
   * Memory use in bytes; {@code failcnt} counts hits of the limit, {@code oomKills} OOM kills;
   * {@code stat} is the cgroup's {@code memory.stat} as the kernel wrote it (v1 or v2 keys), which
   * dockerd hands on whole and the docker CLI reads {@code total_inactive_file} (v1) or
   * {@code inactive_file} (v2) from, to show usage without the reclaimable page cache.
   */
  public record Memory(long usage, long limit, long maxUsage, long failcnt, long cache, long oomKills, Map<String, Long> stat) {
    public Memory {
      stat = Map.copyOf(stat);
    }

    /** Without {@code memory.stat}'s keys (a source that does not give them). */
    public Memory(long usage, long limit, long maxUsage, long failcnt, long cache, long oomKills) {
      this(usage, limit, maxUsage, failcnt, cache, oomKills, Map.of());
    }
  }

  /** CPU time in nanoseconds, and CFS throttling. */
  public record Cpu(long totalNanos, long userNanos, long systemNanos, long periods, long throttledPeriods,
      long throttledNanos) {}

  /** Number of tasks and the limit (-1: unlimited). */
  public record Pids(long current, long limit) {}

  /** Bytes read and written on one block device. */
  public record BlkioDevice(long major, long minor, long readBytes, long writeBytes) {}
}
