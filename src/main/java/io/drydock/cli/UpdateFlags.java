package io.drydock.cli;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.BlockIo;
import io.drydock.runtime.spec.Cpu;
import io.drydock.runtime.spec.Memory;
import io.drydock.runtime.spec.Pids;
import io.drydock.runtime.spec.Resources;
import java.util.Locale;
import java.util.Map;

/**
 * runc update's flags laid over an OCI {@code linux.resources} object: a given flag replaces the
 * field, an absent one keeps what the object (or nothing) had. Sizes take runc's suffixes
 * (k, m, g, t; binary multiples, an optional trailing b).
 */
record UpdateFlags(String memory, String memorySwap, String memoryReservation, Long cpuShares, Long cpuQuota,
    Long cpuPeriod, String cpusetCpus, String cpusetMems, Long pidsLimit, Integer blkioWeight) {

  Resources applyTo(Resources base) {
    Resources r = base != null ? base : new Resources(null, null, null, null, null, null, null, null, null, null);
    Memory m = r.memory() != null ? r.memory() : new Memory(null, null, null, null, null, null, null, null, null, null);
    m = new Memory(or(size(memory, "--memory"), m.limit()), or(size(memoryReservation, "--memory-reservation"),
        m.reservation()), or(size(memorySwap, "--memory-swap"), m.swap()), m.kernel(), m.kernelTCP(), m.swappiness(),
        m.disableOOMKiller(), m.useHierarchy(), m.checkBeforeUpdate(), m.unknown());
    Cpu c = r.cpu() != null ? r.cpu() : new Cpu(null, null, null, null, null, null, null, null, null, null);
    c = new Cpu(or(cpuShares, c.shares()), or(cpuQuota, c.quota()), c.burst(), or(cpuPeriod, c.period()),
        c.realtimeRuntime(), c.realtimePeriod(), or(cpusetCpus, c.cpus()), or(cpusetMems, c.mems()), c.idle(), c.unknown());
    Pids p = pidsLimit != null ? new Pids(pidsLimit, Map.of()) : r.pids();
    BlockIo io = r.blockIO();
    if (blkioWeight != null) {
      io = io == null ? new BlockIo(blkioWeight, null, null, null, null, null, null, null)
          : new BlockIo(blkioWeight, io.leafWeight(), io.weightDevice(), io.throttleReadBpsDevice(),
              io.throttleWriteBpsDevice(), io.throttleReadIOPSDevice(), io.throttleWriteIOPSDevice(), io.unknown());
    }
    return new Resources(r.devices(), m, c, p, io, r.hugepageLimits(), r.network(), r.rdma(), r.unified(), r.unknown());
  }

  private static <T> T or(T flag, T base) {
    return flag != null ? flag : base;
  }

  /** runc's RAMInBytes: a number with an optional k/m/g/t(b) suffix, binary multiples; -1 stays -1. */
  static Long size(String value, String flag) {
    if (value == null) {
      return null;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("-1")) {
      return -1L;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)b?").matcher(v);
    if (!m.matches()) {
      throw new DrydockException.InvalidArgument("invalid value for " + flag + ": \"" + value + "\"");
    }
    int shift = switch (m.group(2)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      case "t" -> 40;
      default -> 0;
    };
    return (long) (Double.parseDouble(m.group(1)) * (1L << shift));
  }
}
