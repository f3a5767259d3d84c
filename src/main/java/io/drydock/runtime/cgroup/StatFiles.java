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

  /**
   * v1 {@code blkio.throttle.io_service_bytes} or {@code io_serviced}: "maj:min Op n" lines, each
   * kept with its operation as dockerd keeps them; the file's last "Total n" line, which names no
   * device, is left out as dockerd leaves it.
   */
  static List<CgroupStats.BlkioEntry> v1Blkio(String text) {
    List<CgroupStats.BlkioEntry> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length == 3 && parts[0].contains(":")) {
        out.add(entry(parts[0], parts[1], Long.parseLong(parts[2])));
      }
    }
    return out;
  }

  /** v1 {@code cpuacct.usage_percpu}: nanoseconds per CPU on one line. */
  static List<Long> numbers(String text) {
    List<Long> out = new ArrayList<>();
    for (String n : text.trim().split("\\s+")) {
      if (!n.isEmpty()) {
        out.add(Long.parseLong(n));
      }
    }
    return out;
  }

  /** v2 {@code io.stat}: "maj:min rbytes=n wbytes=n rios=n ..." lines. */
  static List<CgroupStats.BlkioEntry> v2IoStat(String text) {
    List<CgroupStats.BlkioEntry> out = new ArrayList<>();
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
      out.add(entry(parts[0], "Read", read));
      out.add(entry(parts[0], "Write", written));
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

  private static CgroupStats.BlkioEntry entry(String majorMinor, String op, long value) {
    String[] mm = majorMinor.split(":");
    return new CgroupStats.BlkioEntry(Long.parseLong(mm[0]), Long.parseLong(mm[1]), op, value);
  }
}
