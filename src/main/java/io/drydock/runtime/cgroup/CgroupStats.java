package io.drydock.runtime.cgroup;

import java.util.List;
import java.util.Map;

/**
 * What the kernel reports about a container's cgroup, read back from its files, in one shape for
 * v1 and v2 (the input of {@code docker stats} and {@code runtime events --stats}). Values the
 * kernel does not provide read as 0; limits read -1 when unlimited.
 */
public record CgroupStats(Memory memory, Cpu cpu, Pids pids, Blkio blkio) {

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

  /**
   * CPU time in nanoseconds, and CFS throttling; {@code perCpuNanos} the time on each CPU (v1's
   * {@code cpuacct.usage_percpu}, one value per possible CPU; empty where the kernel gives none).
   */
  public record Cpu(long totalNanos, long userNanos, long systemNanos, long periods, long throttledPeriods,
      long throttledNanos, List<Long> perCpuNanos) {
    public Cpu {
      perCpuNanos = List.copyOf(perCpuNanos);
    }
  }

  /** Number of tasks and the limit (-1: unlimited). */
  public record Pids(long current, long limit) {}

  /**
   * Block I/O per device and operation as the kernel counts it: {@code serviceBytes} the bytes,
   * {@code serviced} the requests (v1's {@code blkio.throttle.io_service_bytes} and
   * {@code io_serviced}: Read, Write, Sync, Async, Discard and Total lines; v2's {@code io.stat}:
   * Read and Write bytes).
   */
  public record Blkio(List<BlkioEntry> serviceBytes, List<BlkioEntry> serviced) {

    public Blkio {
      serviceBytes = List.copyOf(serviceBytes);
      serviced = List.copyOf(serviced);
    }
  }

  /** One count of a block device: {@code op} as the kernel names it ({@code Read}, {@code Write}, {@code Total}...). */
  public record BlkioEntry(long major, long minor, String op, long value) {}
}
