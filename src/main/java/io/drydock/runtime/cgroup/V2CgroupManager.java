package io.drydock.runtime.cgroup;

import io.drydock.common.DrydockException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A container cgroup on the unified (v2) hierarchy: one directory, the needed controllers enabled
 * in {@code cgroup.subtree_control} of every ancestor, limits converted from the v1-style values
 * as runc converts them, {@code cgroup.freeze} for pause, the device rules as an eBPF program
 * attached to the directory. On a hybrid host the same class manages the few controllers the
 * unified mount holds, and the device program there.
 */
public final class V2CgroupManager implements CgroupManager {
  private static final long FREEZE_TIMEOUT_NANOS = 5_000_000_000L;

  private final CgroupFs fs;
  private final Path mount;
  private final Set<String> available;
  private final String path;

  V2CgroupManager(CgroupFs fs, Path unifiedMount, Set<String> availableControllers, String path) {
    this.fs = fs;
    this.mount = fs.resolve(unifiedMount);
    this.available = Set.copyOf(availableControllers);
    this.path = path;
  }

  @Override
  public void create(CgroupResources resources) {
    CgroupDirectories dirs = new CgroupDirectories(fs);
    try {
      create(resources, dirs);
    } catch (RuntimeException e) {
      dirs.undo(e);
      throw e;
    }
  }

  /** Creates and fills the cgroup, recording in {@code dirs} what it made; the caller undoes. */
  void create(CgroupResources resources, CgroupDirectories dirs) {
    CgroupResourceValidation.validate(resources);
    List<CgroupWrite> writes = CgroupWritePlan.v2(resources);
    Set<String> needed = neededControllers(writes);
    if (exists()) {
      throw new DrydockException.Conflict("cgroup " + path + " already exists");
    }
    Path dir = mount;
    for (String segment : path.split("/")) {
      enableControllers(dir, needed);
      dir = dir.resolve(segment);
      dirs.make(dir);
    }
    CgroupDirectories.apply(fs, writes, controller -> leaf());
    installDeviceFilter(resources.devices());
  }

  /**
   * Programs the device rules (none: the parent's rules alone apply, as on v1): the only
   * enforcement v2 has, so a kernel refusing the program fails the create or update, as in runc.
   */
  void installDeviceFilter(List<DeviceAccessRule> rules) {
    if (!rules.isEmpty()) {
      fs.installDeviceFilter(leaf(), DeviceRuleReplay.filter(rules));
    }
  }

  @Override
  public boolean appliesDeviceRules() {
    return true;
  }

  private Set<String> neededControllers(List<CgroupWrite> writes) {
    Set<String> needed = new TreeSet<>();
    for (CgroupWrite w : writes) {
      if (!available.contains(w.controller())) {
        throw new DrydockException.Unavailable("cannot set " + w.file() + ": the " + w.controller()
            + " controller is not available in the cgroup v2 hierarchy at " + mount
            + " (cgroup.controllers lists " + new TreeSet<>(available) + ")", null);
      }
      needed.add(w.controller());
    }
    return needed;
  }

  /** Delegates {@code controllers} to the children of {@code dir}, skipping those already enabled. */
  private void enableControllers(Path dir, Set<String> controllers) {
    if (controllers.isEmpty()) {
      return;
    }
    Path control = dir.resolve("cgroup.subtree_control");
    Set<String> enabled = Set.of(fs.read(control).trim().split("\\s+"));
    StringBuilder change = new StringBuilder();
    for (String controller : controllers) {
      if (!enabled.contains(controller)) {
        change.append(change.isEmpty() ? "" : " ").append('+').append(controller);
      }
    }
    if (!change.isEmpty()) {
      fs.write(control, change.toString());
    }
  }

  private Path leaf() {
    return mount.resolve(path);
  }

  @Override
  public List<Path> procsFiles() {
    return List.of(leaf().resolve("cgroup.procs"));
  }

  @Override
  public void addProcess(long pid) {
    requireExists();
    fs.write(leaf().resolve("cgroup.procs"), Long.toString(pid));
  }

  @Override
  public List<Long> pids() {
    Path procs = leaf().resolve("cgroup.procs");
    if (!fs.exists(procs)) {
      return List.of();
    }
    return List.copyOf(new TreeSet<>(StatFiles.pids(fs.read(procs))));
  }

  @Override
  public void update(CgroupResources resources) {
    CgroupResourceValidation.validate(resources);
    requireExists();
    List<CgroupWrite> writes = CgroupWritePlan.v2(resources);
    Set<String> needed = neededControllers(writes);
    Path dir = mount;
    for (String segment : path.split("/")) {
      enableControllers(dir, needed);
      dir = dir.resolve(segment);
    }
    CgroupDirectories.apply(fs, writes, controller -> leaf());
    installDeviceFilter(resources.devices());
  }

  @Override
  public CgroupStats stats() {
    requireExists();
    return new V2StatsReader(fs, leaf()).read();
  }

  @Override
  public long oomKills() {
    Path events = leaf().resolve("memory.events");
    return fs.exists(events) ? StatFiles.flatKeyed(fs.read(events)).getOrDefault("oom_kill", 0L) : 0L;
  }

  @Override
  public void freeze() {
    setFrozen(true);
  }

  @Override
  public void thaw() {
    setFrozen(false);
  }

  @Override
  public boolean isFrozen() {
    requireExists();
    return frozenEvent() == 1;
  }

  private void setFrozen(boolean frozen) {
    requireExists();
    Path freeze = leaf().resolve("cgroup.freeze");
    if (!fs.exists(freeze)) {
      throw new DrydockException.Unavailable("pausing needs cgroup.freeze (Linux 5.2 or later): " + freeze
          + " does not exist", null);
    }
    fs.write(freeze, frozen ? "1" : "0");
    long wanted = frozen ? 1 : 0;
    long deadline = System.nanoTime() + FREEZE_TIMEOUT_NANOS;
    long sleepMillis = 1;
    while (frozenEvent() != wanted) {
      if (System.nanoTime() > deadline) {
        if (frozen) {
          fs.write(freeze, "0");
        }
        throw new DrydockException.SystemError("cgroup " + path + " did not become "
            + (frozen ? "frozen" : "thawed") + " within 5s (cgroup.events frozen " + frozenEvent() + ")");
      }
      CgroupDirectories.sleep(sleepMillis);
      sleepMillis = Math.min(sleepMillis * 2, 20);
    }
  }

  private long frozenEvent() {
    Map<String, Long> events = StatFiles.flatKeyed(fs.read(leaf().resolve("cgroup.events")));
    return events.getOrDefault("frozen", 0L);
  }

  @Override
  public void killAll(int signal) {
    CgroupSignals.killAll(this, fs.exists(leaf().resolve("cgroup.freeze")), signal);
  }

  @Override
  public void destroy() {
    if (exists()) {
      CgroupDirectories.remove(fs, leaf(), this::pids);
    }
  }

  @Override
  public boolean exists() {
    return fs.exists(leaf());
  }

  private void requireExists() {
    if (!exists()) {
      throw new DrydockException.NotFound("cgroup " + path + " does not exist");
    }
  }
}
