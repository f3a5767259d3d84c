package io.drydock.supervisor.task;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.CgroupFs;
import io.drydock.runtime.cgroup.CgroupHost;
import io.drydock.runtime.cgroup.CgroupHostReader;
import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.cgroup.CgroupManagers;
import java.util.Optional;

/**
 * The cgroups of a supervisor's tasks, on the host's layout read once (a mountinfo parse) at first
 * use and kept: the layout does not change under a running supervisor, and every exit asks for its
 * task's OOM count.
 */
final class TaskCgroups {
  private CgroupHost host;

  /** The cgroup at {@code path} (as in config.json); Conflict without one, SystemError when it is gone. */
  CgroupManager require(String taskId, Optional<String> path) {
    String p = path.orElseThrow(() -> new DrydockException.Conflict(
        "task " + taskId + " has no cgroup: its config.json sets no linux.cgroupsPath"));
    CgroupManager m = manager(p);
    if (!m.exists()) {
      throw new DrydockException.SystemError("the cgroup " + p + " of task " + taskId + " does not exist (the runtime did not create it)");
    }
    return m;
  }

  /**
   * How often the kernel's OOM killer struck in the cgroup at {@code path}, read from the one file
   * that counts it; 0 when there is no cgroup or it cannot be read (removed already).
   */
  long oomKills(Optional<String> path) {
    try {
      return path.map(p -> manager(p).oomKills()).orElse(0L);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private CgroupManager manager(String path) {
    return CgroupManagers.forPath(host(), CgroupFs.host(), path.startsWith("/") ? path.substring(1) : path);
  }

  private synchronized CgroupHost host() {
    if (host == null) {
      host = CgroupHostReader.read();
    }
    return host;
  }
}
