package io.drydock.engine.system;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@link HostFacts} from /proc and /etc/os-release under a root directory (normally
 * {@code /}; tests point it at a temp tree). Parsing is separate and pure.
 */
public final class HostProbe {
  private final Path root;

  public HostProbe(Path root) {
    this.root = root;
  }

  public static HostProbe ofThisHost() {
    return new HostProbe(Path.of("/"));
  }

  public HostFacts probe() {
    Map<String, String> osRelease = parseOsRelease(readOptional("etc/os-release"));
    String mountinfo = read("proc/self/mountinfo");
    CgroupVersion cgroups =
        CgroupDetector.detect(mountinfo)
            .orElseThrow(() -> new DrydockException.SystemError("no cgroup filesystem mounted under /sys/fs/cgroup (read /proc/self/mountinfo)"));
    boolean swap =
        cgroups == CgroupVersion.V1
            ? Files.exists(root.resolve("sys/fs/cgroup/memory/memory.memsw.limit_in_bytes"))
            : Files.exists(root.resolve("sys/fs/cgroup/init.scope/memory.swap.max")) || Files.exists(root.resolve("sys/fs/cgroup/system.slice/memory.swap.max"));
    ResourceSupport resources =
        ResourceSupport.from(parseEnabledControllers(readOptional("proc/cgroups")), cgroups, swap, readOptional("proc/sys/net/ipv4/ip_forward").trim().equals("1"),
            TuningSupport.read(root, cgroups));
    return new HostFacts(
        read("proc/sys/kernel/hostname").trim(),
        read("proc/sys/kernel/osrelease").trim(),
        osRelease.getOrDefault("PRETTY_NAME", "Linux"),
        osRelease.getOrDefault("VERSION_ID", ""),
        machineName(System.getProperty("os.arch")),
        Runtime.getRuntime().availableProcessors(),
        parseMemTotal(read("proc/meminfo")),
        cgroups,
        resources);
  }

  /** Names of the controllers /proc/cgroups lists as enabled. */
  static java.util.Set<String> parseEnabledControllers(String procCgroups) {
    java.util.Set<String> enabled = new java.util.TreeSet<>();
    for (String line : procCgroups.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && !f[0].startsWith("#") && f[3].equals("1")) {
        enabled.add(f[0]);
      }
    }
    return enabled;
  }

  /** The kernel's machine name ({@code uname -m}) for the JVM's {@code os.arch}. */
  static String machineName(String osArch) {
    return switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64", "x86_64" -> "x86_64";
      case "arm64", "aarch64" -> "aarch64";
      case "x86", "i386" -> "i686";
      default -> osArch;
    };
  }

  /** {@code MemTotal} of /proc/meminfo in bytes. */
  public static long parseMemTotal(String meminfo) {
    for (String line : meminfo.split("\n")) {
      if (line.startsWith("MemTotal:")) {
        String[] parts = line.substring("MemTotal:".length()).trim().split("\\s+");
        long value = Long.parseLong(parts[0]);
        return parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value;
      }
    }
    throw new DrydockException.SystemError("no MemTotal in /proc/meminfo");
  }

  /** KEY=value lines of os-release, quotes removed. */
  static Map<String, String> parseOsRelease(String text) {
    Map<String, String> fields = new HashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq <= 0 || line.startsWith("#")) {
        continue;
      }
      String value = line.substring(eq + 1).trim();
      if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'")) && value.endsWith(value.substring(0, 1))) {
        value = value.substring(1, value.length() - 1);
      }
      fields.put(line.substring(0, eq).trim(), value);
    }
    return fields;
  }

  private String read(String relative) {
    Path file = root.resolve(relative);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DrydockException.SystemError("read " + file + ": " + e.getMessage(), e);
    }
  }

  private String readOptional(String relative) {
    try {
      return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException e) {
      throw new DrydockException.SystemError("read " + root.resolve(relative) + ": " + e.getMessage(), e);
    }
  }
}
