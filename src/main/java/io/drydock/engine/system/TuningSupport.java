package io.drydock.engine.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which of HostConfig's finer resource settings this host's cgroups can apply, found as dockerd's
 * {@code sysinfo} finds them: by the files in the cgroup roots (v1: {@code memory.swappiness},
 * {@code memory.kmem.limit_in_bytes}, {@code memory.kmem.tcp.limit_in_bytes}, {@code blkio.weight},
 * {@code blkio.weight_device}, {@code blkio.throttle.*_device}, {@code cpu.rt_period_us} and
 * {@code cpu.rt_runtime_us}; v2: the {@code io} controller, and none of the memory or realtime
 * ones), and the memory nodes the root cpuset offers. What the host lacks, a create discards with
 * dockerd's warning ({@code TuningRules}).
 *
 * @param mems the host's memory nodes ({@code cpuset.mems} of the root, e.g. {@code 0})
 */
public record TuningSupport(
    boolean memorySwappiness,
    boolean kernelMemory,
    boolean kernelMemoryTcp,
    boolean blkioWeight,
    boolean blkioWeightDevice,
    boolean blkioReadBps,
    boolean blkioWriteBps,
    boolean blkioReadIops,
    boolean blkioWriteIops,
    boolean cpuRealtime,
    String mems) {

  /** A host with none of them (and node 0 only). */
  public static final TuningSupport NONE = new TuningSupport(false, false, false, false, false, false, false, false, false, false, "0");

  public TuningSupport {
    mems = mems == null || mems.isBlank() ? "0" : mems.trim();
  }

  /** Reads the facts under {@code root} (normally {@code /}) for a host of cgroup {@code version}. */
  static TuningSupport read(Path root, CgroupVersion version) {
    Path cg = root.resolve("sys/fs/cgroup");
    if (version == CgroupVersion.V2) {
      boolean io = readOr(cg.resolve("cgroup.controllers"), "").contains("io");
      return new TuningSupport(false, false, false, io, io, io, io, io, io, false, readOr(cg.resolve("cpuset.mems.effective"), "0"));
    }
    Path memory = cg.resolve("memory");
    Path blkio = cg.resolve("blkio");
    Path cpu = cg.resolve("cpu");
    return new TuningSupport(Files.exists(memory.resolve("memory.swappiness")), Files.exists(memory.resolve("memory.kmem.limit_in_bytes")),
        Files.exists(memory.resolve("memory.kmem.tcp.limit_in_bytes")), Files.exists(blkio.resolve("blkio.weight")),
        Files.exists(blkio.resolve("blkio.weight_device")), Files.exists(blkio.resolve("blkio.throttle.read_bps_device")),
        Files.exists(blkio.resolve("blkio.throttle.write_bps_device")), Files.exists(blkio.resolve("blkio.throttle.read_iops_device")),
        Files.exists(blkio.resolve("blkio.throttle.write_iops_device")),
        Files.exists(cpu.resolve("cpu.rt_period_us")) && Files.exists(cpu.resolve("cpu.rt_runtime_us")),
        readOr(cg.resolve("cpuset/cpuset.mems"), "0"));
  }

  private static String readOr(Path file, String otherwise) {
    try {
      return Files.readString(file).trim();
    } catch (IOException e) {
      return otherwise;
    }
  }
}
