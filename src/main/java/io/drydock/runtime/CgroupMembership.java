package io.drydock.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cgroup.procs files of the cgroups a process is in (v1 hierarchies, v2 or the hybrid's
 * unified one), read from /proc/PID/cgroup, so that {@code exec} puts a new process next to the
 * container's init.
 */
final class CgroupMembership {
  private static final Path ROOT = Path.of("/sys/fs/cgroup");

  private CgroupMembership() {}

  static List<Path> procsFiles(int pid) {
    return procsFiles(pid, Integer.MAX_VALUE);
  }

  /** The first of {@link #procsFiles}, found without looking up the other hierarchies. */
  static java.util.Optional<Path> firstProcsFile(int pid) {
    return procsFiles(pid, 1).stream().findFirst();
  }

  private static List<Path> procsFiles(int pid, int limit) {
    List<Path> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of("/proc/" + pid + "/cgroup"));
    } catch (IOException e) {
      return out;
    }
    for (String line : lines) {
      String[] f = line.split(":", 3);
      if (out.size() >= limit || f.length < 3) {
        continue;
      }
      hierarchy(f[1]).map(h -> h.resolve(f[2].substring(1)).resolve("cgroup.procs"))
          .filter(Files::isRegularFile).ifPresent(out::add);
    }
    return out;
  }

  private static java.util.Optional<Path> hierarchy(String controllers) {
    if (controllers.isEmpty()) {
      Path unified = ROOT.resolve("unified");
      return java.util.Optional.of(Files.isRegularFile(ROOT.resolve("cgroup.controllers")) ? ROOT : unified);
    }
    String name = controllers.startsWith("name=") ? controllers.substring(5) : controllers;
    for (Path candidate : List.of(ROOT.resolve(name), ROOT.resolve(name.split(",")[0]))) {
      if (Files.isDirectory(candidate)) {
        return java.util.Optional.of(candidate);
      }
    }
    return java.util.Optional.empty();
  }
}
