package io.drydock.runtime.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Texts recorded from a real runc container (runc spec defaults, sleep 60, on the hybrid-cgroup CI
 * machine) and from the host, in src/test/resources/audit/, and facts built from them.
 */
final class RecordedTexts {
  private RecordedTexts() {}

  static String text(String name) {
    try (InputStream in = RecordedTexts.class.getResourceAsStream("/audit/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no recorded text " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(name, e);
    }
  }

  /** The facts of the recorded runc container, with a seccomp filter and its own cgroups. */
  static AuditFacts container() {
    ProcStatus runc = ProcStatus.parse(text("runc-status.txt"));
    ProcStatus withFilter = new ProcStatus(runc.capInh(), runc.capPrm(), runc.capEff(), runc.capBnd(), runc.capAmb(),
        runc.noNewPrivs(), 2, java.util.OptionalInt.of(1));
    return new AuditFacts(42, "pid 1", namespaces(100), namespaces(200), withFilter,
        MountEntry.parseAll(text("runc-mountinfo.txt")), false, true, Map.of(0, "/dev/null", 1, "pipe:[1]", 2, "pipe:[2]"),
        ProcTexts.cgroupPaths(text("runc-cgroup.txt")), ProcTexts.cgroupPaths(text("host-cgroup.txt")),
        Map.of("memory", "67108864", "pids", "64", "cpu.quota", "50000", "cpu.shares", "1024"), 1024, 20000,
        text("runc-uid_map.txt"), text("runc-uid_map.txt"), Set.of("null", "zero", "full", "random", "urandom", "tty"),
        Set.of("/proc/acpi", "/proc/keys", "/proc/timer_list", "/sys/firmware", "/proc/bus", "/proc/fs", "/proc/irq",
            "/proc/sys"));
  }

  static Map<String, Long> namespaces(long base) {
    return Map.of("pid", base + 1, "mnt", base + 2, "uts", base + 3, "ipc", base + 4, "net", base + 5);
  }
}
