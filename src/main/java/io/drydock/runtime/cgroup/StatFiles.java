package io.drydock.runtime.cgroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pure parsers of the text formats of cgroup statistic files. */
final class StatFiles {
  /** Linux's USER_HZ, the unit of {@code cpuacct.stat}. */
  static final long USER_HZ = 100;

  private StatFiles() {}

  /** A single number; "max" (v2) reads as -1, an empty text as 0. */
  static long number(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return 0;
    }
    if (t.equals("max")) {
      return -1;
    }
    return Long.parseLong(t);
  }

  /** "key value" lines (memory.stat, cpu.stat, memory.events, memory.oom_control, cpuacct.stat). */
  static Map<String, Long> flatKeyed(String text) {
    Map<String, Long> values = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length == 2) {
        values.put(parts[0], number(parts[1]));
      }
    }
    return values;
  }

  /** v1 {@code blkio.throttle.io_service_bytes}: "maj:min Read n" / "maj:min Write n" lines. */
  static List<CgroupStats.BlkioDevice> v1ServiceBytes(String text) {
    Map<String, long[]> devices = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length != 3 || !parts[0].contains(":")) {
        continue;
      }
      long[] rw = devices.computeIfAbsent(parts[0], k -> new long[2]);
      if (parts[1].equals("Read")) {
        rw[0] += Long.parseLong(parts[2]);
      } else if (parts[1].equals("Write")) {
        rw[1] += Long.parseLong(parts[2]);
      }
    }
    List<CgroupStats.BlkioDevice> out = new ArrayList<>();
    devices.forEach((device, rw) -> out.add(device(device, rw[0], rw[1])));
    return out;
  }

  /** v2 {@code io.stat}: "maj:min rbytes=n wbytes=n rios=n ..." lines. */
  static List<CgroupStats.BlkioDevice> v2IoStat(String text) {
    List<CgroupStats.BlkioDevice> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length < 2 || !parts[0].contains(":")) {
        continue;
      }
      long read = 0;
      long written = 0;
      for (int i = 1; i < parts.length; i++) {
        String[] kv = parts[i].split("=", 2);
        if (kv.length == 2 && kv[0].equals("rbytes")) {
          read = Long.parseLong(kv[1]);
        } else if (kv.length == 2 && kv[0].equals("wbytes")) {
          written = Long.parseLong(kv[1]);
        }
      }
      out.add(device(parts[0], read, written));
    }
    return out;
  }

  /** Process ids, one per line ({@code cgroup.procs}). */
  static List<Long> pids(String text) {
    List<Long> pids = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        pids.add(Long.parseLong(line.trim()));
      }
    }
    return pids;
  }

  private static CgroupStats.BlkioDevice device(String majorMinor, long read, long written) {
    String[] mm = majorMinor.split(":");
    return new CgroupStats.BlkioDevice(Long.parseLong(mm[0]), Long.parseLong(mm[1]), read, written);
  }
}
