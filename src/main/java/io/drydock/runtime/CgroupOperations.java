package io.drydock.runtime;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.cgroup.CgroupResources;
import io.drydock.runtime.cgroup.CgroupStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * runc pause, resume, update, events --stats and ps: the verbs that act on a created container
 * through its cgroup (freezer, limits, statistics, member pids), each checked against the
 * container's status first.
 */
final class CgroupOperations {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CgroupOperations.class);
  private final StateStore store;
  private final ContainerCgroups cgroups;
  private final Function<SavedState, ContainerStatus> status;

  CgroupOperations(StateStore store, ContainerCgroups cgroups, Function<SavedState, ContainerStatus> status) {
    this.store = store;
    this.cgroups = cgroups;
    this.status = status;
  }

  void pause(RuntimeId id) {
    requireCgroup(allowed(id, ContainerStatus::canPause, "pause")).freeze();
  }

  void resume(RuntimeId id) {
    requireCgroup(allowed(id, ContainerStatus::canResume, "resume")).thaw();
  }

  /** The container's state, if its status allows {@code verb}; else the status's refusal. */
  private SavedState allowed(RuntimeId id, Predicate<ContainerStatus> allows, String verb) {
    SavedState s = store.require(id);
    ContainerStatus st = status.apply(s);
    if (!allows.test(st)) {
      throw new DrydockException.Conflict(st.refusal(verb));
    }
    return s;
  }

  void update(RuntimeId id, io.drydock.runtime.spec.Resources resources) {
    SavedState s = store.require(id);
    if (status.apply(s) == ContainerStatus.STOPPED) {
      throw new DrydockException.Conflict("container " + id + " is stopped");
    }
    List<String> warnings = new ArrayList<>();
    CgroupResources r = CgroupResourcesTranslator.translate(resources, "resources", warnings);
    if (resources != null && resources.devices() != null && !resources.devices().isEmpty()) {
      warnings.add("resources.devices: device rules are not changed by update (as runc)");
    }
    warnings.forEach(w -> LOG.warn("{}: {}", id, w));
    requireCgroup(s).update(r);
  }

  CgroupStats stats(RuntimeId id) {
    return requireCgroup(store.require(id)).stats();
  }

  /** The init first, then the other members of its cgroup (or, without one, of its pid namespace). */
  List<Integer> pids(RuntimeId id) {
    SavedState s = store.require(id);
    List<Integer> out = new ArrayList<>();
    if (status.apply(s) != ContainerStatus.STOPPED) {
      out.add(s.pid());
      Optional<CgroupManager> cgroup = cgroups.of(s).filter(CgroupManager::exists);
      if (cgroup.isPresent()) {
        cgroup.get().pids().stream().filter(p -> p != s.pid()).forEach(p -> out.add(p.intValue()));
      } else {
        out.addAll(ContainerProcesses.of(s.pid()));
      }
    }
    return out;
  }

  private CgroupManager requireCgroup(SavedState s) {
    return cgroups.of(s).filter(CgroupManager::exists).orElseThrow(() -> new DrydockException.NotFound(
        "container " + s.id() + " has no cgroup (created by a drydock without cgroup support)"));
  }
}
