package io.drydock.engine.container;

/**
 * The resource limits of a container (the cgroup part of Docker's HostConfig), in the API's units.
 * 0 means "not set" as in the API; {@code memorySwap} -1 means unlimited swap. Validation of the
 * values against the host (minimum memory, CPU count) belongs to the create operation.
 *
 * @param memory bytes
 * @param memorySwap bytes of memory plus swap; -1 unlimited
 * @param memoryReservation bytes (soft limit)
 * @param nanoCpus CPUs in units of 1e-9
 * @param cpuShares relative weight
 * @param cpuQuota microseconds per period
 * @param cpuPeriod microseconds
 * @param cpusetCpus e.g. {@code 0-1}, "" for all
 * @param pidsLimit maximum tasks; 0 or -1 unlimited
 * @param oomKillDisable the OOM killer off for the container's cgroup ({@code --oom-kill-disable};
 *     cgroup v1 only, discarded at create where the kernel has no such switch)
 * @param tuning swappiness, kernel memory, memory nodes, realtime CPU and block I/O; {@link
 *     ResourceTuning#NONE} in a record written before they existed
 */
public record ContainerResources(
    long memory,
    long memorySwap,
    long memoryReservation,
    long nanoCpus,
    long cpuShares,
    long cpuQuota,
    long cpuPeriod,
    String cpusetCpus,
    long pidsLimit,
    boolean oomKillDisable,
    ResourceTuning tuning) {

  public static final ContainerResources NONE = new ContainerResources(0, 0, 0, 0, 0, 0, 0, "", 0, false);

  /** Limits without tuning ({@link ResourceTuning#NONE}). */
  public ContainerResources(long memory, long memorySwap, long memoryReservation, long nanoCpus, long cpuShares, long cpuQuota,
      long cpuPeriod, String cpusetCpus, long pidsLimit, boolean oomKillDisable) {
    this(memory, memorySwap, memoryReservation, nanoCpus, cpuShares, cpuQuota, cpuPeriod, cpusetCpus, pidsLimit, oomKillDisable,
        ResourceTuning.NONE);
  }

  public ContainerResources withOomKillDisable(boolean disable) {
    return new ContainerResources(memory, memorySwap, memoryReservation, nanoCpus, cpuShares, cpuQuota, cpuPeriod, cpusetCpus, pidsLimit,
        disable, tuning);
  }

  public ContainerResources withMemorySwap(long swap) {
    return new ContainerResources(memory, swap, memoryReservation, nanoCpus, cpuShares, cpuQuota, cpuPeriod, cpusetCpus, pidsLimit,
        oomKillDisable, tuning);
  }

  public ContainerResources withTuning(ResourceTuning newTuning) {
    return new ContainerResources(memory, memorySwap, memoryReservation, nanoCpus, cpuShares, cpuQuota, cpuPeriod, cpusetCpus, pidsLimit,
        oomKillDisable, newTuning);
  }

  public ContainerResources {
    cpusetCpus = cpusetCpus == null ? "" : cpusetCpus;
    tuning = tuning == null ? ResourceTuning.NONE : tuning;
  }
}
