package io.drydock.runtime.cgroup;

import io.drydock.common.DrydockException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A container cgroup on v1 hierarchies: one directory per mounted hierarchy (co-mounted
 * controllers share one), the limits written per controller, the freezer for pause.
 */
public final class V1CgroupManager implements CgroupManager {
  private static final long FREEZE_TIMEOUT_NANOS = 5_000_000_000L;

  private final CgroupHost host;
  private final CgroupFs fs;
  private final String path;

  V1CgroupManager(CgroupHost host, CgroupFs fs, String path) {
    this.host = host;
    this.fs = fs;
    this.path = path;
  }

  @Override
  public boolean appliesDeviceRules() {
    return host.hasV1("devices");
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
    List<CgroupWrite> writes = CgroupWritePlan.v1(resources, CgroupWritePlan.UNLIMITED);
    requireMounted(writes);
    if (exists()) {
      throw new DrydockException.Conflict("cgroup " + path + " already exists");
    }
    for (Path mount : host.v1Hierarchies()) {
      Path resolved = fs.resolve(mount);
      if (mount.equals(host.v1Mounts().get("cpuset"))) {
        makeCpusetPath(dirs, resolved);
      } else {
        dirs.makePath(resolved, path);
      }
    }
    CgroupDirectories.apply(fs, writes, this::dirOf);
  }

  /** A new v1 cpuset starts with no cpus and mems, which makes joining it fail; copy the parent's. */
  private void makeCpusetPath(CgroupDirectories dirs, Path mount) {
    Path dir = mount;
    for (String segment : path.split("/")) {
      Path parent = dir;
      dir = dir.resolve(segment);
      dirs.make(dir);
      for (String file : List.of("cpuset.cpus", "cpuset.mems")) {
        if (fs.exists(dir.resolve(file)) && fs.read(dir.resolve(file)).isBlank()) {
          fs.write(dir.resolve(file), fs.read(parent.resolve(file)).trim());
        }
      }
    }
  }

  private void requireMounted(List<CgroupWrite> writes) {
    for (CgroupWrite w : writes) {
      if (!host.hasV1(w.controller())) {
        throw new DrydockException.Unavailable("cannot set " + w.file() + ": the " + w.controller()
            + " cgroup controller is not mounted on this host", null);
      }
    }
  }

  Path dirOf(String controller) {
    Path mount = host.v1Mounts().get(controller);
    if (mount == null) {
      throw new DrydockException.Unavailable("the " + controller + " cgroup controller is not mounted", null);
    }
    return fs.resolve(mount).resolve(path);
  }

  private List<Path> leafDirs() {
    return host.v1Hierarchies().stream().map(m -> fs.resolve(m).resolve(path)).toList();
  }

  @Override
  public List<Path> procsFiles() {
    return leafDirs().stream().map(d -> d.resolve("cgroup.procs")).toList();
  }

  @Override
  public void addProcess(long pid) {
    requireExists();
    for (Path procs : procsFiles()) {
      fs.write(procs, Long.toString(pid));
    }
  }

  @Override
  public List<Long> pids() {
    TreeSet<Long> pids = new TreeSet<>();
    for (Path procs : procsFiles()) {
      if (fs.exists(procs)) {
        pids.addAll(StatFiles.pids(fs.read(procs)));
      }
    }
    return List.copyOf(pids);
  }

  @Override
  public void update(CgroupResources resources) {
    CgroupResourceValidation.validate(resources);
    requireExists();
    long currentMemsw = CgroupWritePlan.UNLIMITED;
    if (host.hasV1("memory")) {
      Path memsw = dirOf("memory").resolve("memory.memsw.limit_in_bytes");
      if (fs.exists(memsw)) {
        currentMemsw = StatFiles.number(fs.read(memsw));
      }
    }
    List<CgroupWrite> writes = CgroupWritePlan.v1(resources, currentMemsw);
    requireMounted(writes);
    CgroupDirectories.apply(fs, writes, this::dirOf);
  }

  @Override
  public CgroupStats stats() {
    requireExists();
    return new V1StatsReader(fs, this::optionalDirOf).read();
  }

  @Override
  public long oomKills() {
    return optionalDirOf("memory").map(d -> d.resolve("memory.oom_control")).filter(fs::exists)
        .map(f -> StatFiles.flatKeyed(fs.read(f)).getOrDefault("oom_kill", 0L)).orElse(0L);
  }

  private Optional<Path> optionalDirOf(String controller) {
    return Optional.ofNullable(host.v1Mounts().get(controller)).map(m -> fs.resolve(m).resolve(path));
  }

  @Override
  public void freeze() {
    setFreezerState("FROZEN");
  }

  @Override
  public void thaw() {
    setFreezerState("THAWED");
  }

  @Override
  public boolean isFrozen() {
    requireExists();
    return readFreezerState().equals("FROZEN");
  }

  private void setFreezerState(String wanted) {
    requireExists();
    Path state = freezerState();
    long deadline = System.nanoTime() + FREEZE_TIMEOUT_NANOS;
    long sleepMillis = 1;
    while (true) {
      fs.write(state, wanted);
      String now = readFreezerState();
      if (now.equals(wanted)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        if (wanted.equals("FROZEN")) {
          fs.write(state, "THAWED");
        }
        throw new DrydockException.SystemError("cgroup " + path + " did not become " + wanted
            + " within 5s (freezer.state is " + now + ")");
      }
      CgroupDirectories.sleep(sleepMillis);
      sleepMillis = Math.min(sleepMillis * 2, 20);
    }
  }

  private String readFreezerState() {
    return fs.read(freezerState()).trim();
  }

  private Path freezerState() {
    if (!host.hasV1("freezer")) {
      throw new DrydockException.Unavailable("pausing needs the freezer cgroup controller, which is not mounted", null);
    }
    return dirOf("freezer").resolve("freezer.state");
  }

  @Override
  public void killAll(int signal) {
    CgroupSignals.killAll(this, host.hasV1("freezer"), signal);
  }

  @Override
  public void destroy() {
    for (Path dir : leafDirs()) {
      if (fs.exists(dir)) {
        CgroupDirectories.remove(fs, dir, this::pids);
      }
    }
  }

  @Override
  public boolean exists() {
    return leafDirs().stream().anyMatch(fs::exists);
  }

  private void requireExists() {
    if (!exists()) {
      throw new DrydockException.NotFound("cgroup " + path + " does not exist");
    }
  }
}
