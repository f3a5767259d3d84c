package io.drydock.api.containers;

import io.drydock.api.dto.ResourceFields;
import io.drydock.engine.container.ContainerResources;

/** Swagger's resource fields (of a create or an update body) → the engine's {@link ContainerResources}; absent is 0. */
final class ResourceTranslation {
  private ResourceTranslation() {}

  /**
   * @param pidsLimit the pids limit to record (create and update read theirs differently)
   * @param oomKillDisable the create's {@code HostConfig.OomKillDisable} (an update never changes it)
   */
  static ContainerResources of(ResourceFields r, long pidsLimit, boolean oomKillDisable) {
    return new ContainerResources(n(r.memory()), n(r.memorySwap()), n(r.memoryReservation()), n(r.nanoCpus()), n(r.cpuShares()),
        n(r.cpuQuota()), n(r.cpuPeriod()), r.cpusetCpus(), pidsLimit, oomKillDisable);
  }

  static long n(Long v) {
    return v == null ? 0 : v;
  }
}
