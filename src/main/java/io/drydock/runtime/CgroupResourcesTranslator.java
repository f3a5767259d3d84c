package io.drydock.runtime;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.CgroupResources;
import io.drydock.runtime.cgroup.DeviceThrottle;
import io.drydock.runtime.cgroup.DeviceWeight;
import io.drydock.runtime.cgroup.HugepageLimit;
import io.drydock.runtime.spec.BlockIo;
import io.drydock.runtime.spec.Cpu;
import io.drydock.runtime.spec.Memory;
import io.drydock.runtime.spec.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OCI {@code linux.resources} (the wire model) → {@link CgroupResources} (what the cgroup package
 * applies). Pure. What the cgroup package cannot apply is either refused naming the field (a limit
 * the user asked for and would silently not get) or, for the device allow-list Docker always
 * sends and the zero-valued fields runc ignores too, reported as a warning.
 */
final class CgroupResourcesTranslator {
  private CgroupResourcesTranslator() {}

  /** The cgroup limits of {@code r} (none when null); {@code warnings} receives what is ignored. */
  static CgroupResources translate(Resources r, String field, List<String> warnings) {
    CgroupResources.Builder b = CgroupResources.builder();
    if (r == null) {
      return b.build();
    }
    memory(r.memory(), field + ".memory", b, warnings);
    cpu(r.cpu(), field + ".cpu", b, warnings);
    if (r.pids() != null && r.pids().limit() != null && r.pids().limit() != 0) {
      b.pidsLimit(r.pids().limit() < 0 ? -1 : r.pids().limit());
    }
    blockIo(r.blockIO(), field + ".blockIO", b);
    if (r.hugepageLimits() != null) {
      List<HugepageLimit> limits = new ArrayList<>();
      for (int i = 0; i < r.hugepageLimits().size(); i++) {
        var h = r.hugepageLimits().get(i);
        if (h.pageSize() == null || h.limit() == null) {
          throw invalid(field + ".hugepageLimits[" + i + "]", "needs pageSize and limit");
        }
        limits.add(new HugepageLimit(h.pageSize(), h.limit()));
      }
      b.hugepageLimits(limits);
    }
    refuseIfSet(r.rdma() != null && !r.rdma().isEmpty(), field + ".rdma");
    refuseIfSet(r.unified() != null && !r.unified().isEmpty(), field + ".unified");
    if (r.network() != null && !r.network().isEmpty()) {
      warnings.add(field + ".network: net_cls/net_prio values are not applied");
    }
    return b.build();
  }

  private static void memory(Memory m, String field, CgroupResources.Builder b, List<String> warnings) {
    if (m == null) {
      return;
    }
    positive(m.limit()).ifPresent(b::memoryLimit);
    positive(m.swap()).ifPresent(b::memorySwap);
    positive(m.reservation()).ifPresent(b::memoryReservation);
    // runc's reading: -1 (and absent) leaves the kernel's value
    if (m.swappiness() != null && m.swappiness() != -1) {
      b.memorySwappiness(m.swappiness());
    }
    if (m.kernel() != null || m.kernelTCP() != null) {
      warnings.add(field + ": kernel memory settings are ignored (deprecated by the kernel), as runc ignores them");
    }
    if (Boolean.TRUE.equals(m.disableOOMKiller())) {
      b.disableOomKiller(true);
    }
  }

  private static void cpu(Cpu c, String field, CgroupResources.Builder b, List<String> warnings) {
    if (c == null) {
      return;
    }
    if (c.shares() != null && c.shares() != 0) {
      b.cpuShares(c.shares());
    }
    if (c.quota() != null && c.quota() != 0) {
      b.cpuQuota(c.quota());
    }
    if (c.period() != null && c.period() != 0) {
      b.cpuPeriod(c.period());
    }
    if (c.cpus() != null && !c.cpus().isEmpty()) {
      b.cpusetCpus(c.cpus());
    }
    if (c.mems() != null && !c.mems().isEmpty()) {
      b.cpusetMems(c.mems());
    }
    if (c.realtimePeriod() != null && c.realtimePeriod() != 0) {
      b.cpuRtPeriod(c.realtimePeriod());
    }
    if (c.realtimeRuntime() != null && c.realtimeRuntime() != 0) {
      b.cpuRtRuntime(c.realtimeRuntime());
    }
    if (c.burst() != null && c.burst() != 0 || c.idle() != null && c.idle() != 0) {
      warnings.add(field + ": burst and idle are not applied");
    }
  }

  private static void blockIo(BlockIo io, String field, CgroupResources.Builder b) {
    if (io == null) {
      return;
    }
    if (io.weight() != null && io.weight() != 0) {
      b.blkioWeight(io.weight());
    }
    refuseIfSet(io.leafWeight() != null && io.leafWeight() != 0, field + ".leafWeight");
    if (io.weightDevice() != null) {
      List<DeviceWeight> weights = new ArrayList<>();
      for (int i = 0; i < io.weightDevice().size(); i++) {
        Map<String, Object> d = io.weightDevice().get(i);
        String f = field + ".weightDevice[" + i + "]";
        if (d.get("weight") != null) {
          weights.add(new DeviceWeight(number(d, "major", f), number(d, "minor", f), (int) number(d, "weight", f)));
        }
      }
      b.blkioDeviceWeights(weights);
    }
    b.readBpsDevices(throttles(io.throttleReadBpsDevice(), field + ".throttleReadBpsDevice"));
    b.writeBpsDevices(throttles(io.throttleWriteBpsDevice(), field + ".throttleWriteBpsDevice"));
    b.readIopsDevices(throttles(io.throttleReadIOPSDevice(), field + ".throttleReadIOPSDevice"));
    b.writeIopsDevices(throttles(io.throttleWriteIOPSDevice(), field + ".throttleWriteIOPSDevice"));
  }

  private static List<DeviceThrottle> throttles(List<Map<String, Object>> in, String field) {
    List<DeviceThrottle> out = new ArrayList<>();
    if (in == null) {
      return out;
    }
    for (int i = 0; i < in.size(); i++) {
      String f = field + "[" + i + "]";
      out.add(new DeviceThrottle(number(in.get(i), "major", f), number(in.get(i), "minor", f), number(in.get(i), "rate", f)));
    }
    return out;
  }

  private static long number(Map<String, Object> m, String key, String field) {
    Object v = m.get(key);
    if (!(v instanceof Number n)) {
      throw invalid(field + "." + key, v == null ? "is required" : "must be a number, not " + v);
    }
    return n.longValue();
  }

  /** runc's convention for linux.resources: 0 (or absent) leaves the kernel's value. */
  private static java.util.OptionalLong positive(Long v) {
    return v == null || v == 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(v);
  }

  private static void refuseIfSet(boolean set, String field) {
    if (set) {
      throw invalid(field, "is not supported by drydock's cgroup manager; leave it out");
    }
  }

  private static DrydockException.InvalidArgument invalid(String field, String what) {
    return new DrydockException.InvalidArgument("config.json: " + field + " " + what);
  }
}
