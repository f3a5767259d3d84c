package io.drydock.runtime.audit;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.CgroupHost;
import io.drydock.runtime.cgroup.CgroupHostReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The thin reading half of an audit: collects the texts of /proc/PID and cgroupfs and hands them
 * to the parsers. The host reference is pid 1 when its namespace links can be read, else the
 * auditor itself (in a container, pid 1's links are often hidden).
 */
public final class AuditFactsReader {
  private static final List<String> NAMESPACES = List.of("pid", "mnt", "uts", "ipc", "net", "cgroup", "user");
  private static final int S_IFMT = 0170000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final long NO_LIMIT_FROM = 1L << 62;

  private final Path proc;

  public AuditFactsReader() {
    this(Path.of("/proc"));
  }

  AuditFactsReader(Path proc) {
    this.proc = proc;
  }

  /** Reads everything the rules need about {@code pid}, for the paths {@code e} audits. */
  public AuditFacts read(int pid, Expectations e) {
    Path dir = proc.resolve(Integer.toString(pid));
    if (!Files.isDirectory(dir)) {
      throw new DrydockException.NotFound("no such process: " + pid);
    }
    Map<String, Long> pid1 = namespaces(proc.resolve("1"));
    boolean usePid1 = pid1.keySet().containsAll(List.of("pid", "mnt", "net"));
    String reference = usePid1 ? "pid 1" : "the auditor (pid " + ProcessHandle.current().pid() + ")";
    Map<String, Long> ref = usePid1 ? pid1 : namespaces(proc.resolve("self"));
    Map<String, String> paths = ProcTexts.cgroupPaths(text(dir.resolve("cgroup")));
    Map<String, String> own = ProcTexts.cgroupPaths(text(proc.resolve("self/cgroup")));
    return new AuditFacts(pid, reference, namespaces(dir), ref, ProcStatus.parse(text(dir.resolve("status"))),
        MountEntry.parseAll(text(dir.resolve("mountinfo"))), sameFile(dir.resolve("root"), Path.of("/")),
        cwdInsideRoot(dir), fds(dir), paths, own, cgroupValues(paths), openFilesHard(dir),
        openFilesHard(proc.resolve("self")), text(dir.resolve("uid_map")), text(dir.resolve("gid_map")),
        devNodes(dir.resolve("root/dev")), present(dir.resolve("root"), e));
  }

  private static Map<String, Long> namespaces(Path dir) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String t : NAMESPACES) {
      try {
        out.put(t, ProcTexts.namespaceInode(Files.readSymbolicLink(dir.resolve("ns").resolve(t)).toString()));
      } catch (IOException | UnsupportedOperationException unreadable) {
        // left out: the rule reports it unreadable
      }
    }
    return out;
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new DrydockException.SystemError("read " + file + ": " + e.getMessage(), e);
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      throw new DrydockException.SystemError("compare " + a + " with " + b + ": " + e.getMessage(), e);
    }
  }

  /** Climbs from the cwd with ".." until it meets the process's root (inside) or the auditor's (outside). */
  private static boolean cwdInsideRoot(Path dir) {
    Path root = dir.resolve("root");
    Path d = dir.resolve("cwd");
    for (int i = 0; i < 4096; i++) {
      if (sameFile(d, root)) {
        return true;
      }
      if (sameFile(d, d.resolve(".."))) {
        return false;
      }
      d = d.resolve("..");
    }
    return false;
  }

  private static Map<Integer, String> fds(Path dir) {
    Map<Integer, String> out = new HashMap<>();
    try (Stream<Path> s = Files.list(dir.resolve("fd"))) {
      for (Path fd : s.toList()) {
        try {
          out.put(Integer.parseInt(fd.getFileName().toString()), Files.readSymbolicLink(fd).toString());
        } catch (IOException closedMeanwhile) {
          // the fd went away while listing: it is not open any more
        }
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("list " + dir.resolve("fd") + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static Map<String, String> cgroupValues(Map<String, String> paths) {
    CgroupHost host = CgroupHostReader.read();
    Map<String, String> out = new HashMap<>();
    v1OrV2(host, paths, "memory", "memory.limit_in_bytes", "memory.max").ifPresent(v -> out.put("memory", v));
    v1OrV2(host, paths, "pids", "pids.max", "pids.max").ifPresent(v -> out.put("pids", v));
    v1OrV2(host, paths, "cpu", "cpu.cfs_quota_us", "cpu.max").ifPresent(v -> out.put("cpu.quota", v));
    v1OrV2(host, paths, "cpu", "cpu.shares", "cpu.weight").ifPresent(v -> out.put("cpu.shares", v));
    return out;
  }

  private static Optional<String> v1OrV2(CgroupHost host, Map<String, String> paths, String controller, String v1, String v2) {
    Path file;
    if (host.hasV1(controller) && paths.containsKey(controller)) {
      file = host.v1Mounts().get(controller).resolve(relative(paths.get(controller))).resolve(v1);
    } else if (host.unifiedMount().isPresent() && paths.containsKey("")) {
      file = host.unifiedMount().get().resolve(relative(paths.get(""))).resolve(v2);
    } else {
      return Optional.empty();
    }
    if (!Files.isReadable(file)) {
      return Optional.empty();
    }
    return Optional.of(normalize(text(file).trim().split("\\s+")[0]));
  }

  /** v1's "no limit" spellings (-1, a page-rounded LONG_MAX) become v2's {@code max}. */
  static String normalize(String value) {
    try {
      long v = Long.parseLong(value);
      return v < 0 || v >= NO_LIMIT_FROM ? "max" : value;
    } catch (NumberFormatException notANumber) {
      return value;
    }
  }

  private static String relative(String cgroupPath) {
    return cgroupPath.startsWith("/") ? cgroupPath.substring(1) : cgroupPath;
  }

  private static long openFilesHard(Path dir) {
    ProcTexts.Limit l = ProcTexts.limits(text(dir.resolve("limits"))).get("Max open files");
    if (l == null) {
      throw new DrydockException.SystemError("no \"Max open files\" in " + dir.resolve("limits"));
    }
    return l.hard();
  }

  private static Set<String> devNodes(Path dev) {
    Set<String> out = new TreeSet<>();
    if (!Files.isDirectory(dev)) {
      return out;
    }
    try (Stream<Path> s = Files.list(dev)) {
      for (Path p : s.toList()) {
        int type = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & S_IFMT;
        if (type == S_IFCHR || type == S_IFBLK) {
          out.add(p.getFileName().toString());
        }
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("list " + dev + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static Set<String> present(Path root, Expectations e) {
    Set<String> out = new TreeSet<>();
    for (String p : Stream.concat(e.maskedPaths().stream(), e.readonlyPaths().stream()).toList()) {
      if (Files.exists(root.resolve(p.substring(1)), LinkOption.NOFOLLOW_LINKS)) {
        out.add(p);
      }
    }
    return out;
  }
}
