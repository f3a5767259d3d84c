package io.drydock.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Reads /proc/PID/stat: a pid is the container's init only if its start time is the one recorded
 * at create (pids are reused), and a zombie counts as stopped, as runc decides it.
 */
final class ProcStat {
  private ProcStat() {}

  /** The start time (clock ticks since boot) of a live, non-zombie pid. */
  static OptionalLong startTime(int pid) {
    try {
      String stat = ProcFiles.read(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      if (f[0].equals("Z") || f[0].equals("X")) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(Long.parseLong(f[19]));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  static boolean alive(int pid, long startTime) {
    OptionalLong now = startTime(pid);
    return pid > 0 && now.isPresent() && now.getAsLong() == startTime;
  }
}
