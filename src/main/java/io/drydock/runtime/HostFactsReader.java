package io.drydock.runtime;

import io.drydock.common.DrydockException;
import io.drydock.runtime.plan.Capability;
import io.drydock.runtime.plan.HostFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@link HostFacts} of this process from /proc. */
public final class HostFactsReader {
  private static final Map<String, String> LIMIT_NAMES = Map.ofEntries(
      Map.entry("Max cpu time", "RLIMIT_CPU"), Map.entry("Max file size", "RLIMIT_FSIZE"),
      Map.entry("Max data size", "RLIMIT_DATA"), Map.entry("Max stack size", "RLIMIT_STACK"),
      Map.entry("Max core file size", "RLIMIT_CORE"), Map.entry("Max resident set", "RLIMIT_RSS"),
      Map.entry("Max processes", "RLIMIT_NPROC"), Map.entry("Max open files", "RLIMIT_NOFILE"),
      Map.entry("Max locked memory", "RLIMIT_MEMLOCK"), Map.entry("Max address space", "RLIMIT_AS"),
      Map.entry("Max file locks", "RLIMIT_LOCKS"), Map.entry("Max pending signals", "RLIMIT_SIGPENDING"),
      Map.entry("Max msgqueue size", "RLIMIT_MSGQUEUE"), Map.entry("Max nice priority", "RLIMIT_NICE"),
      Map.entry("Max realtime priority", "RLIMIT_RTPRIO"), Map.entry("Max realtime timeout", "RLIMIT_RTTIME"));

  private HostFactsReader() {}

  public static HostFacts read() {
    try {
      long bounding = statusMask("CapBnd");
      long effective = statusMask("CapEff");
      int lastCap = Integer.parseInt(ProcFiles.read(Path.of("/proc/sys/kernel/cap_last_cap")).trim());
      boolean sysResource = (effective & (1L << Capability.CAP_SYS_RESOURCE.number())) != 0;
      return new HostFacts(Capability.fromMask(bounding), lastCap, hardLimits(), sysResource, CgroupHierarchies.read());
    } catch (IOException | RuntimeException e) {
      throw new DrydockException.SystemError("read host facts from /proc: " + e.getMessage(), e);
    }
  }

  private static long statusMask(String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseUnsignedLong(line.substring(field.length() + 1).trim(), 16);
      }
    }
    throw new IOException("no " + field + " in /proc/self/status");
  }

  private static Map<String, Long> hardLimits() throws IOException {
    Map<String, Long> out = new HashMap<>();
    List<String> lines = Files.readAllLines(Path.of("/proc/self/limits"));
    for (String line : lines.subList(1, lines.size())) {
      for (Map.Entry<String, String> e : LIMIT_NAMES.entrySet()) {
        if (line.startsWith(e.getKey() + " ")) {
          String[] f = line.substring(e.getKey().length()).trim().split("\\s+");
          out.put(e.getValue(), f[1].equals("unlimited") ? -1L : Long.parseLong(f[1]));
        }
      }
    }
    return out;
  }
}
