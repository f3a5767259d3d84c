package io.drydock.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Memory of processes read from /proc: RSS (VmRSS, what {@code ps} shows; shared pages counted in
 * every process) and PSS (from smaps_rollup; shared pages divided among their users, so a sum over
 * many shims is fair). Also thread and descriptor counts, and the process tree, to find an engine's helpers (dockerd's containerd).
 */
final class ProcessMemory {
  /** Kibibytes of RSS and PSS, summed over some processes. */
  record Kib(long rss, long pss, int processes) {
    Kib plus(Kib o) {
      return new Kib(rss + o.rss, pss + o.pss, processes + o.processes);
    }
  }

  /** Threads and open file descriptors of one process. */
  record Counts(long threads, long fds) {}

  private ProcessMemory() {}

  static Counts counts(long pid) {
    Path proc = Path.of("/proc", Long.toString(pid));
    try (java.util.stream.Stream<Path> fds = Files.list(proc.resolve("fd"))) {
      return new Counts(field(proc.resolve("status"), "Threads:"), fds.count());
    } catch (IOException e) {
      return new Counts(0, 0);
    }
  }

  static Kib of(long pid) {
    Path proc = Path.of("/proc", Long.toString(pid));
    try {
      return new Kib(field(proc.resolve("status"), "VmRSS:"), field(proc.resolve("smaps_rollup"), "Pss:"), 1);
    } catch (IOException e) {
      return new Kib(0, 0, 0);
    }
  }

  static Kib sum(Collection<Long> pids) {
    Kib total = new Kib(0, 0, 0);
    for (long pid : pids) {
      total = total.plus(of(pid));
    }
    return total;
  }

  static long parent(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(rest[1]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** {@code root} and its descendants, leaving out {@code excluded} and everything under them. */
  static Set<Long> tree(long root, Set<Long> excluded) {
    Map<Long, Set<Long>> children = new HashMap<>();
    try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path p : proc) {
        long pid = Long.parseLong(p.getFileName().toString());
        children.computeIfAbsent(parent(pid), k -> new HashSet<>()).add(pid);
      }
    } catch (IOException e) {
      throw new IllegalStateException("read /proc: " + e.getMessage(), e);
    }
    Set<Long> found = new HashSet<>();
    java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(Set.of(root));
    while (!todo.isEmpty()) {
      long pid = todo.pop();
      if (!excluded.contains(pid) && found.add(pid)) {
        todo.addAll(children.getOrDefault(pid, Set.of()));
      }
    }
    return found;
  }

  private static long field(Path file, String name) throws IOException {
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith(name)) {
        return Long.parseLong(line.substring(name.length()).replace("kB", "").trim());
      }
    }
    return 0;
  }
}
