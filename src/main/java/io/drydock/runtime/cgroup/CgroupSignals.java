package io.drydock.runtime.cgroup;

import io.drydock.os.SignalCalls;

/**
 * Signals every process of a cgroup. The cgroup is frozen meanwhile (as runc does), so a process
 * cannot fork a child the list has missed; a cgroup that was already frozen stays frozen, and its
 * processes act on the signal once thawed. A cgroup removed meanwhile (an exit's cleanup racing a
 * kill: its files answer NotFound) had nobody left to signal, since only an empty cgroup can be
 * removed.
 */
final class CgroupSignals {
  private CgroupSignals() {}

  static void killAll(CgroupManager cgroup, boolean canFreeze, int signal) {
    try {
      killFrozen(cgroup, canFreeze, signal);
    } catch (io.drydock.common.DrydockException.NotFound removed) {
      // nothing left to signal
    }
  }

  private static void killFrozen(CgroupManager cgroup, boolean canFreeze, int signal) {
    boolean freezeHere = canFreeze && !cgroup.isFrozen();
    if (freezeHere) {
      cgroup.freeze();
    }
    try {
      for (long pid : cgroup.pids()) {
        SignalCalls.kill(pid, signal);
      }
    } finally {
      if (freezeHere) {
        cgroup.thaw();
      }
    }
  }
}
