package io.drydock.engine.container;

import io.drydock.common.DrydockException;

/**
 * {@code docker update} of a container's resources, as dockerd's {@code UpdateContainer} merges
 * them: a zero (or empty) field of the update leaves the current value, anything else replaces
 * it; {@code pidsLimit} null leaves it. NanoCPUs and CPU period/quota exclude each other across
 * the old and the new values (NanoCPUs is converted into them), and a memory limit above the
 * current swap limit (also an unlimited or unset one) needs a new swap limit. Refusals are
 * conflicts with dockerd's wording (the caller names the container). Of the tuning, dockerd's
 * update takes the memory nodes, the kernel memory, the realtime budget and the block I/O weight
 * the same way, and leaves the swappiness, the TCP kernel memory and the device lists as they are
 * (its update checks them, but does not keep them). Pure.
 */
public record ResourceUpdate(ContainerResources values, Long pidsLimit) {

  public ContainerResources applyTo(ContainerResources current) {
    ContainerResources u = values;
    if (u.nanoCpus() > 0 && current.cpuPeriod() > 0) {
      throw conflict("Conflicting options: Nano CPUs cannot be updated as CPU Period has already been set");
    }
    if (u.nanoCpus() > 0 && current.cpuQuota() > 0) {
      throw conflict("Conflicting options: Nano CPUs cannot be updated as CPU Quota has already been set");
    }
    if (u.cpuPeriod() > 0 && current.nanoCpus() > 0) {
      throw conflict("Conflicting options: CPU Period cannot be updated as NanoCPUs has already been set");
    }
    if (u.cpuQuota() > 0 && current.nanoCpus() > 0) {
      throw conflict("Conflicting options: CPU Quota cannot be updated as NanoCPUs has already been set");
    }
    // as dockerd: also when the swap is unlimited (-1) or was never set (0), which create avoids by
    // giving a memory limit twice its size as swap
    if (u.memory() != 0 && u.memory() > current.memorySwap() && u.memorySwap() == 0) {
      throw conflict("Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time");
    }
    return new ContainerResources(
        pick(u.memory(), current.memory()),
        pick(u.memorySwap(), current.memorySwap()),
        pick(u.memoryReservation(), current.memoryReservation()),
        pick(u.nanoCpus(), current.nanoCpus()),
        pick(u.cpuShares(), current.cpuShares()),
        pick(u.cpuQuota(), current.cpuQuota()),
        pick(u.cpuPeriod(), current.cpuPeriod()),
        u.cpusetCpus().isEmpty() ? current.cpusetCpus() : u.cpusetCpus(),
        pidsLimit == null ? current.pidsLimit() : pidsLimit,
        current.oomKillDisable(), // as dockerd's update, which does not change it
        tuning(u.tuning(), current.tuning()));
  }

  private static ResourceTuning tuning(ResourceTuning u, ResourceTuning current) {
    return new ResourceTuning(current.memorySwappiness(), pick(u.kernelMemory(), current.kernelMemory()), current.kernelMemoryTcp(),
        u.cpusetMems().isEmpty() ? current.cpusetMems() : u.cpusetMems(), pick(u.cpuRealtimePeriod(), current.cpuRealtimePeriod()),
        pick(u.cpuRealtimeRuntime(), current.cpuRealtimeRuntime()),
        current.blockIo().withWeight(u.blockIo().weight() != 0 ? u.blockIo().weight() : current.blockIo().weight()));
  }

  private static long pick(long update, long current) {
    return update != 0 ? update : current;
  }

  private static DrydockException.Conflict conflict(String message) {
    return new DrydockException.Conflict(message);
  }
}
