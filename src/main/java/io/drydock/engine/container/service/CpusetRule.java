package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

/**
 * dockerd's check of {@code HostConfig.CpusetCpus} and {@code CpusetMems} at create and update: the
 * list must be Go's {@code ParseUintList} syntax ({@code 0-2,5}: numbers or ascending ranges joined
 * by commas) and name only CPUs (memory nodes) the host's cpuset offers, else 400 with its words.
 * Found at create, so a container that cannot start is not made (the kernel would refuse the write
 * at start).
 */
final class CpusetRule {
  /** Where the host's CPUs are listed: the v1 cpuset root, the v2 root, the kernel's online list. */
  private static final List<Path> AVAILABLE = List.of(Path.of("/sys/fs/cgroup/cpuset/cpuset.cpus"),
      Path.of("/sys/fs/cgroup/cpuset.cpus.effective"), Path.of("/sys/devices/system/cpu/online"));

  private CpusetRule() {}

  static void check(String requested) {
    if (!requested.isEmpty()) {
      check(requested, hostCpus());
    }
  }

  static void check(String requested, String available) {
    check(requested, available, "cpus", "Requested CPUs are not available");
  }

  /** {@code CpusetMems} against the host's memory nodes ({@code available}, e.g. {@code 0}). */
  static void checkMems(String requested, String available) {
    if (!requested.isEmpty()) {
      check(requested, available, "mems", "Requested memory nodes are not available");
    }
  }

  private static void check(String requested, String available, String kind, String notAvailable) {
    BitSet wanted = parse(requested);
    if (wanted == null) {
      throw new DrydockException.InvalidArgument("Invalid value " + requested + " for cpuset " + kind + ": invalid format: " + requested);
    }
    BitSet offered = parse(available);
    BitSet missing = (BitSet) wanted.clone();
    if (offered != null) {
      missing.andNot(offered);
    }
    if (!missing.isEmpty()) {
      throw new DrydockException.InvalidArgument(notAvailable + " - requested " + requested + ", available: " + available);
    }
  }

  /** The CPUs {@code list} names, or null when it is not Go's list syntax. */
  static BitSet parse(String list) {
    BitSet out = new BitSet();
    for (String part : list.split(",", -1)) {
      String[] range = part.split("-", -1);
      if (range.length > 2) {
        return null;
      }
      Integer lo = number(range[0]);
      Integer hi = range.length == 2 ? number(range[1]) : lo;
      if (lo == null || hi == null || hi < lo) {
        return null;
      }
      out.set(lo, hi + 1);
    }
    return out;
  }

  private static Integer number(String s) {
    if (s.isEmpty() || s.length() > 6 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return Integer.parseInt(s);
  }

  private static String hostCpus() {
    for (Path p : AVAILABLE) {
      try {
        String s = Files.readString(p).trim();
        if (!s.isEmpty()) {
          return s;
        }
      } catch (IOException e) {
        // not this layout
      }
    }
    return "0-" + (Runtime.getRuntime().availableProcessors() - 1);
  }
}
