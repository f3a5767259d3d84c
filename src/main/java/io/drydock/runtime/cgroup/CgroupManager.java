package io.drydock.runtime.cgroup;

import java.nio.file.Path;
import java.util.List;

/**
 * One container's cgroup, across every hierarchy the host has.
 *
 * <p>Lifecycle, as the runtime drives it:
 *
 * <pre>
 *   create(resources)      before the container's init runs user code: directories in every
 *                          needed hierarchy, controllers enabled (v2), limits written; on any
 *                          failure what was made is removed and the error names file and errno
 *   procsFiles()           handed to the native helper, which writes the init pid into each
 *   addProcess(pid)        the same from Java (exec'd processes, tests)
 *   pids() / stats()       runtime ps / events --stats, docker stats
 *   update(resources)      runtime update, docker update
 *   freeze() / thaw()      runtime pause / resume (docker pause / unpause)
 *   killAll(signal)        runtime kill --all, and before delete of a container with stragglers
 *   destroy()              runtime delete: removes the directories, bottom-up; refuses (Conflict)
 *                          while processes remain
 * </pre>
 *
 * Every method works from the files alone, so a runtime process started later (for {@code delete}
 * or {@code pause}) gets an equivalent manager from the same host facts and cgroup path.
 */
public interface CgroupManager {
  /** Creates the cgroup and applies {@code resources}; an existing cgroup is a conflict. */
  void create(CgroupResources resources);

  /**
   * Whether {@link CgroupResources#devices()} are enforced: by v1's devices controller or by the
   * eBPF device program of the v2 cgroup (whose refusal by the kernel fails the create).
   */
  default boolean appliesDeviceRules() {
    return false;
  }

  /** The {@code cgroup.procs} files a process must be written into to join this cgroup. */
  List<Path> procsFiles();

  /** Moves the process {@code pid} into this cgroup (in every hierarchy). */
  void addProcess(long pid);

  /** The processes in the cgroup, ascending. */
  List<Long> pids();

  /** Applies changed limits to the existing cgroup. */
  void update(CgroupResources resources);

  /** Reads back usage and limits. */
  CgroupStats stats();

  /**
   * How often the OOM killer struck in the cgroup, read from the one file that counts it (what an
   * exit needs to learn, without the whole {@link #stats()} set); 0 when that file is not there.
   */
  long oomKills();

  /** Freezes every process in the cgroup; returns once the kernel reports them frozen. */
  void freeze();

  /** Lets frozen processes run again. */
  void thaw();

  boolean isFrozen();

  /** Sends {@code signal} to every process in the cgroup (frozen first, so none escapes by forking). */
  void killAll(int signal);

  /** Removes the cgroup in every hierarchy; a cgroup that does not exist is not an error. */
  void destroy();

  /** Whether the cgroup's directory exists. */
  boolean exists();
}
