package io.drydock.runtime.cgroup;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pure check of {@link CgroupResources} before any file is written, in dockerd's words where
 * dockerd has them (clients and users recognise them). The first problem found is reported.
 */
public final class CgroupResourceValidation {
  /** The smallest memory limit and reservation Docker accepts: 6 MiB. */
  public static final long MIN_MEMORY = 6L * 1024 * 1024;

  private static final Pattern CPU_LIST = Pattern.compile("\\d{1,5}(-\\d{1,5})?(,\\d{1,5}(-\\d{1,5})?)*");
  private static final Pattern DEVICE_ACCESS = Pattern.compile("[rwm]{1,3}");
  private static final Pattern PAGE_SIZE = Pattern.compile("[1-9]\\d{0,5}(KB|MB|GB)");

  private CgroupResourceValidation() {}

  /** Throws {@link DrydockException.InvalidArgument} naming the first invalid value. */
  public static void validate(CgroupResources r) {
    validateMemory(r);
    validateCpu(r);
    long pids = r.pidsLimit().orElse(0);
    check(pids >= -1, "invalid pids limit " + pids + ": must be -1 (unlimited) or a positive number");
    validateBlkio(r);
    for (HugepageLimit limit : r.hugepageLimits()) {
      check(PAGE_SIZE.matcher(limit.pageSize()).matches(),
          "invalid hugepage size " + limit.pageSize() + ": expected a size such as 2MB or 1GB");
      check(limit.limit() >= -1, "invalid hugepage limit " + limit.limit() + " for " + limit.pageSize());
    }
    r.devices().forEach(CgroupResourceValidation::checkDeviceRule);
  }

  /** A type of a, c or b and access of r, w and m; the kernel judges the numbers (v1 answers ERANGE). */
  private static void checkDeviceRule(DeviceAccessRule d) {
    check((d.type() == 'a' || d.type() == 'c' || d.type() == 'b') && DEVICE_ACCESS.matcher(d.access()).matches(),
        "invalid device cgroup rule \"" + d.v1Line() + "\": want a type of a, c or b and access of r, w and m");
  }

  private static void validateMemory(CgroupResources r) {
    long memory = r.memoryLimit().orElse(0);
    check(memory >= -1, "invalid memory limit " + memory + ": must be -1 (unlimited) or a number of bytes");
    check(memory <= 0 || memory >= MIN_MEMORY, "Minimum memory limit allowed is 6MB");
    long swap = r.memorySwap().orElse(0);
    check(swap >= -1, "invalid memory+swap limit " + swap + ": must be -1 (unlimited) or a number of bytes");
    if (swap > 0) {
      check(memory > 0, "You should always set the Memory limit when using Memoryswap limit, see usage.");
      check(swap >= memory, "Minimum memoryswap limit should be larger than memory limit, see usage.");
    }
    long reservation = r.memoryReservation().orElse(0);
    check(reservation >= -1,
        "invalid memory reservation " + reservation + ": must be -1 (unlimited) or a number of bytes");
    check(reservation <= 0 || reservation >= MIN_MEMORY, "Minimum memory reservation allowed is 6MB");
    check(memory <= 0 || reservation <= memory,
        "Minimum memory limit can not be less than memory reservation limit, see usage.");
    r.memorySwappiness().ifPresent(s -> check(s >= 0 && s <= 100,
        "invalid memory swappiness value: " + s + " (valid range is 0-100)"));
  }

  private static void validateCpu(CgroupResources r) {
    long shares = r.cpuShares().orElse(0);
    check(shares == 0 || shares >= CgroupConversions.MIN_SHARES, "the minimum allowed cpu-shares is " + CgroupConversions.MIN_SHARES);
    check(shares <= CgroupConversions.MAX_SHARES, "the maximum allowed cpu-shares is " + CgroupConversions.MAX_SHARES);
    long quota = r.cpuQuota().orElse(0);
    check(quota == 0 || quota == -1 || quota >= 1000, "CPU cfs quota can not be less than 1ms (i.e. 1000)");
    long period = r.cpuPeriod().orElse(0);
    check(period == 0 || (period >= 1000 && period <= 1_000_000),
        "CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)");
    r.cpusetCpus().ifPresent(cpus -> check(isCpuList(cpus), "Invalid value " + cpus + " for cpuset cpus"));
    r.cpusetMems().ifPresent(mems -> check(isCpuList(mems), "Invalid value " + mems + " for cpuset mems"));
    r.cpuRtPeriod().ifPresent(p -> check(p > 0, "invalid cpu realtime period " + p + ": must be a positive number of microseconds"));
    r.cpuRtRuntime().ifPresent(t -> check(t >= -1, "invalid cpu realtime runtime " + t + ": must be -1 (unlimited) or microseconds"));
  }

  private static void validateBlkio(CgroupResources r) {
    int weight = r.blkioWeight().orElse(0);
    check(weight == 0 || isBlkioWeight(weight), "Range of blkio weight is from 10 to 1000");
    for (DeviceWeight device : r.blkioDeviceWeights()) {
      checkDevice(device.major(), device.minor());
      check(isBlkioWeight(device.weight()), "Range of blkio weight is from 10 to 1000");
    }
    checkThrottles("read bps", r.readBpsDevices());
    checkThrottles("write bps", r.writeBpsDevices());
    checkThrottles("read iops", r.readIopsDevices());
    checkThrottles("write iops", r.writeIopsDevices());
  }

  private static void checkThrottles(String kind, List<DeviceThrottle> throttles) {
    for (DeviceThrottle t : throttles) {
      checkDevice(t.major(), t.minor());
      check(t.rate() >= 0, "invalid " + kind + " rate " + t.rate() + " for device " + t.device()
          + ": must not be negative");
    }
  }

  private static void checkDevice(long major, long minor) {
    check(major >= 0 && minor >= 0, "invalid block device " + major + ":" + minor);
  }

  private static boolean isBlkioWeight(int weight) {
    return weight >= CgroupConversions.MIN_BLKIO_WEIGHT && weight <= CgroupConversions.MAX_BLKIO_WEIGHT;
  }

  /** Whether {@code list} is a cpuset list such as {@code 0-3,5}: ranges ascending, no blanks. */
  static boolean isCpuList(String list) {
    if (!CPU_LIST.matcher(list).matches()) {
      return false;
    }
    for (String part : list.split(",")) {
      String[] bounds = part.split("-");
      if (bounds.length == 2 && Integer.parseInt(bounds[0]) > Integer.parseInt(bounds[1])) {
        return false;
      }
    }
    return true;
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new DrydockException.InvalidArgument(message);
    }
  }
}
