package io.drydock.engine.container.service;

import io.drydock.engine.system.ResourceSupport;
import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.container.ContainerResources;
import io.drydock.engine.container.ContainerStatus;
import io.drydock.engine.container.ResourceUpdate;
import io.drydock.engine.container.RestartPolicy;
import io.drydock.engine.spec.OciSpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker update}: merges the new limits into the container's (dockerd's rules, see
 * {@link ResourceUpdate}), checks the result like a create, writes it into the running task's
 * cgroup, and only then persists the limits and the restart policy, so a refused or failed update
 * changes nothing. A container without a task (created, exited, restarting) gets the new limits
 * at its next start. Warnings are dockerd's for what the host cannot enforce.
 */
final class UpdateOperation {
  private final ServiceParts parts;
  private final ResourceSupport host;

  /** @param host the limits this host's kernel can enforce, as {@code docker info} reports them */
  UpdateOperation(ServiceParts parts, ResourceSupport host) {
    this.parts = parts;
    this.host = host;
  }

  List<String> update(String ref, ResourceUpdate resources, Optional<RestartPolicy.Asked> asked) {
    StoredContainer c = parts.get(ref);
    ContainerRecord r = c.record();
    ContainerId id = r.id();
    if (r.status() == ContainerStatus.REMOVING || r.status() == ContainerStatus.DEAD) {
      throw new DrydockException.Conflict("Cannot update container " + id.value()
          + ": container is marked for removal and cannot be \"update\"");
    }
    Optional<RestartPolicy> policy = asked.map(RestartPolicy.Asked::policy);
    ResourceRules.checkUpdate(resources.values());
    TuningRules.Decision tuning = TuningRules.decide(resources.values().tuning(), host.tuning());
    ResourceUpdate kept = new ResourceUpdate(resources.values().withTuning(tuning.kept()), resources.pidsLimit());
    ContainerResources merged;
    try {
      merged = kept.applyTo(r.resources());
    } catch (DrydockException.Conflict e) {
      throw new DrydockException.Conflict("Cannot update container " + id.value() + ": " + e.getMessage());
    }
    ResourceRules.check(merged);
    RestartPolicy newPolicy = policy.orElse(r.restartPolicy());
    if (policy.isPresent() && !newPolicy.isNone() && r.autoRemove()) {
      throw new DrydockException.Conflict("Restart policy cannot be updated because AutoRemove is enabled for the container");
    }
    synchronized (parts) {
      ContainerStatus now = parts.get(id).record().status();
      if (now == ContainerStatus.RUNNING || now == ContainerStatus.PAUSED) {
        try {
          parts.tasks().update(ServiceParts.taskId(id), OciSpecBuilder.updatedResources(merged));
        } catch (DrydockException e) {
          throw new DrydockException.SystemError("Cannot update container " + id.value() + ": " + e.getMessage(), e);
        }
      }
      parts.update(id, x -> x.withUpdate(merged, newPolicy));
    }
    parts.event(parts.get(id).record(), "update");
    return warnings(resources.values(), tuning);
  }

  private List<String> warnings(ContainerResources asked, TuningRules.Decision tuning) {
    List<String> w = new ArrayList<>();
    if (asked.memorySwap() > 0 && !host.swapLimit()) {
      w.add("Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.");
    }
    w.addAll(tuning.warnings(List.of()));
    return w;
  }
}
