package io.drydock.runtime.cgroup;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The limits of one container's cgroup, every one optional, in the units and conventions of the
 * OCI {@code linux.resources} (which follow cgroup v1): an absent value is left as the kernel has
 * it, -1 means unlimited, and {@code memorySwap} is memory <em>plus</em> swap as Docker and OCI give
 * it. Kernel memory limits are deliberately absent (deprecated in the kernel, ignored by runc).
 * {@code memorySwappiness} and the realtime CPU budget exist on cgroup v1 only.
 * {@link CgroupResourceValidation} checks a value before anything is written.
 */
public record CgroupResources(
    OptionalLong memoryLimit,
    OptionalLong memorySwap,
    OptionalLong memoryReservation,
    OptionalLong cpuShares,
    OptionalLong cpuQuota,
    OptionalLong cpuPeriod,
    Optional<String> cpusetCpus,
    Optional<String> cpusetMems,
    OptionalLong pidsLimit,
    OptionalInt blkioWeight,
    List<DeviceWeight> blkioDeviceWeights,
    List<DeviceThrottle> readBpsDevices,
    List<DeviceThrottle> writeBpsDevices,
    List<DeviceThrottle> readIopsDevices,
    List<DeviceThrottle> writeIopsDevices,
    List<HugepageLimit> hugepageLimits,
    List<DeviceAccessRule> devices,
    boolean disableOomKiller,
    OptionalLong memorySwappiness,
    OptionalLong cpuRtPeriod,
    OptionalLong cpuRtRuntime) {

  public CgroupResources {
    devices = List.copyOf(devices);
    blkioDeviceWeights = List.copyOf(blkioDeviceWeights);
    readBpsDevices = List.copyOf(readBpsDevices);
    writeBpsDevices = List.copyOf(writeBpsDevices);
    readIopsDevices = List.copyOf(readIopsDevices);
    writeIopsDevices = List.copyOf(writeIopsDevices);
    hugepageLimits = List.copyOf(hugepageLimits);
  }

  /** No limits at all: the container's cgroup is created and inherits everything. */
  public static CgroupResources none() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** These limits without the hugetlb ones (for the v1 side of a hybrid host). */
  CgroupResources withoutHugepages() {
    return toBuilder().hugepageLimits(List.of()).build();
  }

  /** Only the hugetlb limits (for the v2 side of a hybrid host). */
  CgroupResources onlyHugepages() {
    return builder().hugepageLimits(hugepageLimits).build();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.memoryLimit = memoryLimit;
    b.memorySwap = memorySwap;
    b.memoryReservation = memoryReservation;
    b.cpuShares = cpuShares;
    b.cpuQuota = cpuQuota;
    b.cpuPeriod = cpuPeriod;
    b.cpusetCpus = cpusetCpus;
    b.cpusetMems = cpusetMems;
    b.pidsLimit = pidsLimit;
    b.blkioWeight = blkioWeight;
    b.blkioDeviceWeights = blkioDeviceWeights;
    b.readBps = readBpsDevices;
    b.writeBps = writeBpsDevices;
    b.readIops = readIopsDevices;
    b.writeIops = writeIopsDevices;
    b.hugepageLimits = hugepageLimits;
    b.devices = devices;
    b.disableOomKiller = disableOomKiller;
    b.memorySwappiness = memorySwappiness;
    b.cpuRtPeriod = cpuRtPeriod;
    b.cpuRtRuntime = cpuRtRuntime;
    return b;
  }

  /** Builds a {@link CgroupResources}; unset values stay absent. */
  public static final class Builder {
    private OptionalLong memoryLimit = OptionalLong.empty();
    private OptionalLong memorySwap = OptionalLong.empty();
    private OptionalLong memoryReservation = OptionalLong.empty();
    private OptionalLong cpuShares = OptionalLong.empty();
    private OptionalLong cpuQuota = OptionalLong.empty();
    private OptionalLong cpuPeriod = OptionalLong.empty();
    private Optional<String> cpusetCpus = Optional.empty();
    private Optional<String> cpusetMems = Optional.empty();
    private OptionalLong pidsLimit = OptionalLong.empty();
    private OptionalInt blkioWeight = OptionalInt.empty();
    private List<DeviceWeight> blkioDeviceWeights = List.of();
    private List<DeviceThrottle> readBps = List.of();
    private List<DeviceThrottle> writeBps = List.of();
    private List<DeviceThrottle> readIops = List.of();
    private List<DeviceThrottle> writeIops = List.of();
    private List<HugepageLimit> hugepageLimits = List.of();
    private List<DeviceAccessRule> devices = List.of();
    private boolean disableOomKiller;
    private OptionalLong memorySwappiness = OptionalLong.empty();
    private OptionalLong cpuRtPeriod = OptionalLong.empty();
    private OptionalLong cpuRtRuntime = OptionalLong.empty();

    private Builder() {}

    public Builder memoryLimit(long bytes) {
      memoryLimit = OptionalLong.of(bytes);
      return this;
    }

    /** Memory plus swap, as Docker's {@code --memory-swap} and OCI's {@code memory.swap}. */
    public Builder memorySwap(long bytes) {
      memorySwap = OptionalLong.of(bytes);
      return this;
    }

    public Builder memoryReservation(long bytes) {
      memoryReservation = OptionalLong.of(bytes);
      return this;
    }

    public Builder cpuShares(long shares) {
      cpuShares = OptionalLong.of(shares);
      return this;
    }

    public Builder cpuQuota(long micros) {
      cpuQuota = OptionalLong.of(micros);
      return this;
    }

    public Builder cpuPeriod(long micros) {
      cpuPeriod = OptionalLong.of(micros);
      return this;
    }

    public Builder cpusetCpus(String cpus) {
      cpusetCpus = Optional.of(cpus);
      return this;
    }

    public Builder cpusetMems(String mems) {
      cpusetMems = Optional.of(mems);
      return this;
    }

    public Builder pidsLimit(long limit) {
      pidsLimit = OptionalLong.of(limit);
      return this;
    }

    public Builder blkioWeight(int weight) {
      blkioWeight = OptionalInt.of(weight);
      return this;
    }

    public Builder blkioDeviceWeights(List<DeviceWeight> weights) {
      blkioDeviceWeights = weights;
      return this;
    }

    public Builder readBpsDevices(List<DeviceThrottle> throttles) {
      readBps = throttles;
      return this;
    }

    public Builder writeBpsDevices(List<DeviceThrottle> throttles) {
      writeBps = throttles;
      return this;
    }

    public Builder readIopsDevices(List<DeviceThrottle> throttles) {
      readIops = throttles;
      return this;
    }

    public Builder writeIopsDevices(List<DeviceThrottle> throttles) {
      writeIops = throttles;
      return this;
    }

    public Builder hugepageLimits(List<HugepageLimit> limits) {
      hugepageLimits = limits;
      return this;
    }

    /** Device rules in order, the last matching one deciding (empty: the parent's list is kept). */
    public Builder devices(List<DeviceAccessRule> rules) {
      devices = rules;
      return this;
    }

    /**
     * The OOM killer off for the cgroup ({@code memory.oom_control} 1, cgroup v1 only: v2 has no
     * such switch, and a v2 manager refuses it rather than ignore it).
     */
    public Builder disableOomKiller(boolean disable) {
      disableOomKiller = disable;
      return this;
    }

    /** {@code memory.swappiness} (0..100, cgroup v1 only: v2 has no such file, and a v2 manager refuses it, as crun does). */
    public Builder memorySwappiness(long swappiness) {
      memorySwappiness = OptionalLong.of(swappiness);
      return this;
    }

    /** {@code cpu.rt_period_us}: the realtime scheduling period in microseconds (cgroup v1 only). */
    public Builder cpuRtPeriod(long micros) {
      cpuRtPeriod = OptionalLong.of(micros);
      return this;
    }

    /** {@code cpu.rt_runtime_us}: realtime run time per period in microseconds, -1 unlimited (cgroup v1 only). */
    public Builder cpuRtRuntime(long micros) {
      cpuRtRuntime = OptionalLong.of(micros);
      return this;
    }

    public CgroupResources build() {
      return new CgroupResources(memoryLimit, memorySwap, memoryReservation, cpuShares, cpuQuota,
          cpuPeriod, cpusetCpus, cpusetMems, pidsLimit, blkioWeight, blkioDeviceWeights, readBps,
          writeBps, readIops, writeIops, hugepageLimits, devices, disableOomKiller, memorySwappiness,
          cpuRtPeriod, cpuRtRuntime);
    }
  }
}
