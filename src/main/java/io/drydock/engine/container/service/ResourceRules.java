package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerResources;

/** dockerd's checks of HostConfig resources ({@code verifyPlatformContainerResources}), pure, with its messages. */
final class ResourceRules {
  static final long MIN_MEMORY = 6 * 1024 * 1024;

  private ResourceRules() {}

  /**
   * dockerd's {@code adaptContainerSettings} at create: a memory limit without a swap limit gets
   * twice the memory as memory+swap, where the host can limit swap (else swap stays unset;
   * {@code hostLimitsSwap} is {@code ResourceSupport.swapLimit}, as {@code docker info} reports it).
   */
  static ContainerResources adaptedAtCreate(ContainerResources r, boolean hostLimitsSwap) {
    if (r.memory() <= 0 || r.memorySwap() != 0 || !hostLimitsSwap) {
      return r;
    }
    return r.withMemorySwap(r.memory() * 2);
  }

  /**
   * The checks dockerd makes on an update's own values before it merges them: those of a create,
   * except that a swap limit alone is no error there (the merged result is checked after).
   */
  static void checkUpdate(ContainerResources values) {
    check(values, true);
  }

  static void check(ContainerResources r) {
    check(r, false);
  }

  private static void check(ContainerResources r, boolean update) {
    // a negative CpuShares passes a create, as in dockerd 20.10, and fails its start (StartOperation)
    if (r.memory() < 0 || r.memorySwap() < -1 || r.memoryReservation() < 0 || r.nanoCpus() < 0 || (update && r.cpuShares() < 0)
        || r.cpuQuota() < 0 || r.cpuPeriod() < 0) {
      throw new DrydockException.InvalidArgument("invalid resources: values may not be negative (memory swap may be -1)");
    }
    if (r.memory() > 0 && r.memory() < MIN_MEMORY) {
      throw new DrydockException.InvalidArgument("Minimum memory limit allowed is 6MB");
    }
    if (r.memory() > 0 && r.memorySwap() > 0 && r.memorySwap() < r.memory()) {
      throw new DrydockException.InvalidArgument("Minimum memoryswap limit should be larger than memory limit, see usage");
    }
    if (r.memory() == 0 && r.memorySwap() > 0 && !update) {
      throw new DrydockException.InvalidArgument("You should always set the Memory limit when using Memoryswap limit, see usage");
    }
    if (r.memory() > 0 && r.memoryReservation() > 0 && r.memory() < r.memoryReservation()) {
      throw new DrydockException.InvalidArgument("Minimum memory limit can not be less than memory reservation limit, see usage");
    }
    if (r.nanoCpus() > 0 && (r.cpuPeriod() > 0 || r.cpuQuota() > 0)) {
      throw new DrydockException.InvalidArgument("Conflicting options: Nano CPUs and CPU Period cannot both be set");
    }
    if (r.cpuPeriod() != 0 && (r.cpuPeriod() < 1000 || r.cpuPeriod() > 1_000_000)) {
      throw new DrydockException.InvalidArgument("CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1 second (i.e. 1000000)");
    }
    if (r.cpuQuota() != 0 && r.cpuQuota() < 1000) {
      throw new DrydockException.InvalidArgument("CPU cfs quota can not be less than 1ms (i.e. 1000)");
    }
    CpusetRule.check(r.cpusetCpus());
    // availableProcessors() reads the JVM's cgroup limits on every call: only when there is a limit to check
    int cpus = r.nanoCpus() > 0 ? Runtime.getRuntime().availableProcessors() : 0;
    if (r.nanoCpus() > 0 && r.nanoCpus() > (long) cpus * 1_000_000_000L) {
      throw new DrydockException.InvalidArgument("Range of CPUs is from 0.01 to " + cpus + ".00, as there are only " + cpus + " CPUs available");
    }
  }
}
