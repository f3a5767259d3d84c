package io.drydock.runtime.cgroup;

import io.drydock.os.SignalCalls;

/**
 * Signals every process of a cgroup. The cgroup is frozen meanwhile (as runc does), so a process
 * cannot fork a child the list has missed; a cgroup that was already frozen stays frozen, and its
 * processes act on the signal once thawed.
 */
final class CgroupSignals {
  private CgroupSignals() {}

  static void killAll(CgroupManager cgroup, boolean canFreeze, int signal) {
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
