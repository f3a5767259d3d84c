package io.drydock.runtime.cgroup;

import java.util.ArrayList;
import java.util.List;

/**
 * The pure decision of what to write where: resources in, an ordered list of {@link CgroupWrite}
 * out, one function per cgroup version. The managers only execute these lists, so the properties
 * can check that v1 and v2 express the same limits without a kernel.
 */
public final class CgroupWritePlan {
  /** The current v1 memory+swap limit of a freshly created cgroup: unlimited. */
  public static final long UNLIMITED = Long.MAX_VALUE;

  private CgroupWritePlan() {}

  /**
   * The v1 writes. The kernel keeps {@code memory.limit_in_bytes <= memory.memsw.limit_in_bytes}
   * at every moment, so when the new memory limit exceeds the current memory+swap limit the latter
   * is written first.
   *
   * @param currentMemsw the cgroup's current memory+swap limit ({@link #UNLIMITED} when new)
   */
  public static List<CgroupWrite> v1(CgroupResources r, long currentMemsw) {
    List<CgroupWrite> writes = new ArrayList<>();
    long memory = r.memoryLimit().orElse(0);
    long swap = r.memorySwap().orElse(0);
    CgroupWrite memoryWrite = CgroupWrite.required("memory", "memory.limit_in_bytes", Long.toString(memory));
    CgroupWrite swapWrite = new CgroupWrite("memory", "memory.memsw.limit_in_bytes", Long.toString(swap), swap == -1);
    boolean swapFirst = swap != 0 && unlimitedAsMax(memory) > currentMemsw;
    if (swap != 0 && swapFirst) {
      writes.add(swapWrite);
    }
    if (memory != 0) {
      writes.add(memoryWrite);
    }
    if (swap != 0 && !swapFirst) {
      writes.add(swapWrite);
    }
    long reservation = r.memoryReservation().orElse(0);
    if (reservation != 0) {
      writes.add(CgroupWrite.required("memory", "memory.soft_limit_in_bytes", Long.toString(reservation)));
    }
    if (r.disableOomKiller()) {
      writes.add(CgroupWrite.required("memory", "memory.oom_control", "1"));
    }
    r.memorySwappiness().ifPresent(s -> writes.add(CgroupWrite.required("memory", "memory.swappiness", Long.toString(s))));
    // runc's order: the realtime budget before the other cpu files, the period before the run time
    r.cpuRtPeriod().ifPresent(p -> writes.add(CgroupWrite.required("cpu", "cpu.rt_period_us", Long.toString(p))));
    r.cpuRtRuntime().ifPresent(t -> writes.add(CgroupWrite.required("cpu", "cpu.rt_runtime_us", Long.toString(t))));
    long shares = r.cpuShares().orElse(0);
    if (shares != 0) {
      writes.add(CgroupWrite.required("cpu", "cpu.shares", Long.toString(shares)));
    }
    long period = r.cpuPeriod().orElse(0);
    if (period != 0) {
      writes.add(CgroupWrite.required("cpu", "cpu.cfs_period_us", Long.toString(period)));
    }
    long quota = r.cpuQuota().orElse(0);
    if (quota != 0) {
      writes.add(CgroupWrite.required("cpu", "cpu.cfs_quota_us", Long.toString(quota)));
    }
    cpuset(r, writes);
    long pids = r.pidsLimit().orElse(0);
    if (pids != 0) {
      writes.add(CgroupWrite.required("pids", "pids.max", CgroupConversions.v2Limit(pids)));
    }
    int weight = r.blkioWeight().orElse(0);
    if (weight != 0) {
      writes.add(CgroupWrite.required("blkio", "blkio.weight", Integer.toString(weight)));
    }
    for (DeviceWeight d : r.blkioDeviceWeights()) {
      writes.add(CgroupWrite.required("blkio", "blkio.weight_device", d.device() + " " + d.weight()));
    }
    v1Throttles("blkio.throttle.read_bps_device", r.readBpsDevices(), writes);
    v1Throttles("blkio.throttle.write_bps_device", r.writeBpsDevices(), writes);
    v1Throttles("blkio.throttle.read_iops_device", r.readIopsDevices(), writes);
    v1Throttles("blkio.throttle.write_iops_device", r.writeIopsDevices(), writes);
    for (HugepageLimit h : r.hugepageLimits()) {
      writes.add(CgroupWrite.required("hugetlb", "hugetlb." + h.pageSize() + ".limit_in_bytes",
          Long.toString(h.limit())));
    }
    for (DeviceAccessRule d : r.devices()) {
      writes.add(CgroupWrite.required("devices", d.v1File(), d.v1Line()));
    }
    return List.copyOf(writes);
  }

  /**
   * The v2 writes, with runc's conversions of every v1-style value. Device rules have no file on
   * v2: the manager attaches them as an eBPF program ({@link DeviceRuleReplay}).
   */
  public static List<CgroupWrite> v2(CgroupResources r) {
    if (r.disableOomKiller()) {
      throw new io.drydock.common.DrydockException.InvalidArgument(
          "linux.resources.memory.disableOOMKiller: cgroup v2 has no switch for the OOM killer (dockerd discards --oom-kill-disable there)");
    }
    if (r.memorySwappiness().isPresent()) {
      throw new io.drydock.common.DrydockException.InvalidArgument(
          "linux.resources.memory.swappiness: cgroup v2 has no memory.swappiness (dockerd discards --memory-swappiness there)");
    }
    if (r.cpuRtPeriod().isPresent() || r.cpuRtRuntime().isPresent()) {
      throw new io.drydock.common.DrydockException.InvalidArgument(
          "linux.resources.cpu.realtimePeriod/realtimeRuntime: cgroup v2 has no realtime CPU budget (cpu.rt_*)");
    }
    List<CgroupWrite> writes = new ArrayList<>();
    long memory = r.memoryLimit().orElse(0);
    if (memory != 0) {
      writes.add(CgroupWrite.required("memory", "memory.max", CgroupConversions.v2Limit(memory)));
    }
    long swap = r.memorySwap().orElse(0);
    if (swap != 0) {
      long v2Swap = CgroupConversions.memorySwapToV2(swap, memory);
      writes.add(new CgroupWrite("memory", "memory.swap.max", CgroupConversions.v2Limit(v2Swap), swap == -1));
    }
    long reservation = r.memoryReservation().orElse(0);
    if (reservation != 0) {
      writes.add(CgroupWrite.required("memory", "memory.low", CgroupConversions.v2Limit(reservation)));
    }
    long shares = r.cpuShares().orElse(0);
    if (shares != 0) {
      writes.add(CgroupWrite.required("cpu", "cpu.weight", Long.toString(CgroupConversions.sharesToWeight(shares))));
    }
    long quota = r.cpuQuota().orElse(0);
    long period = r.cpuPeriod().orElse(0);
    if (quota != 0 || period != 0) {
      String max = quota > 0 ? Long.toString(quota) : "max";
      writes.add(CgroupWrite.required("cpu", "cpu.max", period != 0 ? max + " " + period : max));
    }
    cpuset(r, writes);
    long pids = r.pidsLimit().orElse(0);
    if (pids != 0) {
      writes.add(CgroupWrite.required("pids", "pids.max", CgroupConversions.v2Limit(pids)));
    }
    int weight = r.blkioWeight().orElse(0);
    if (weight != 0) {
      writes.add(CgroupWrite.required("io", "io.weight",
          Long.toString(CgroupConversions.blkioWeightToIoWeight(weight))));
    }
    for (DeviceWeight d : r.blkioDeviceWeights()) {
      writes.add(CgroupWrite.required("io", "io.weight",
          d.device() + " " + CgroupConversions.blkioWeightToIoWeight(d.weight())));
    }
    v2Throttles("rbps", r.readBpsDevices(), writes);
    v2Throttles("wbps", r.writeBpsDevices(), writes);
    v2Throttles("riops", r.readIopsDevices(), writes);
    v2Throttles("wiops", r.writeIopsDevices(), writes);
    for (HugepageLimit h : r.hugepageLimits()) {
      writes.add(CgroupWrite.required("hugetlb", "hugetlb." + h.pageSize() + ".max",
          CgroupConversions.v2Limit(h.limit())));
    }
    return List.copyOf(writes);
  }

  private static void cpuset(CgroupResources r, List<CgroupWrite> writes) {
    r.cpusetCpus().filter(s -> !s.isEmpty())
        .ifPresent(cpus -> writes.add(CgroupWrite.required("cpuset", "cpuset.cpus", cpus)));
    r.cpusetMems().filter(s -> !s.isEmpty())
        .ifPresent(mems -> writes.add(CgroupWrite.required("cpuset", "cpuset.mems", mems)));
  }

  private static void v1Throttles(String file, List<DeviceThrottle> throttles, List<CgroupWrite> writes) {
    for (DeviceThrottle t : throttles) {
      writes.add(CgroupWrite.required("blkio", file, t.device() + " " + t.rate()));
    }
  }

  private static void v2Throttles(String key, List<DeviceThrottle> throttles, List<CgroupWrite> writes) {
    for (DeviceThrottle t : throttles) {
      String rate = t.rate() == 0 ? "max" : Long.toString(t.rate());
      writes.add(CgroupWrite.required("io", "io.max", t.device() + " " + key + "=" + rate));
    }
  }

  private static long unlimitedAsMax(long limit) {
    return limit == -1 ? UNLIMITED : limit;
  }
}
