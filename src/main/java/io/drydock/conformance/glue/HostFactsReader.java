package io.drydock.conformance.glue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the local kernel says, for comparing an engine's figures with the truth. (Only meaningful
 * when the engine runs on this host, which a unix-socket DOCKER_HOST implies.)
 */
public final class HostFactsReader {
  private HostFactsReader() {}

  public static String kernelVersion() {
    return read("/proc/sys/kernel/osrelease").trim();
  }

  /** This process's network namespace as {@code readlink /proc/self/ns/net} prints it ({@code net:[4026531840]}). */
  public static String networkNamespace() {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static long memTotalBytes() {
    for (String line : read("/proc/meminfo").split("\n")) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IllegalStateException("no MemTotal in /proc/meminfo");
  }

  /** "2" when a cgroup2 filesystem is mounted at /sys/fs/cgroup itself, else "1". */
  public static String cgroupVersion() {
    for (String line : read("/proc/self/mountinfo").split("\n")) {
      String[] f = line.split(" ");
      int dash = line.indexOf(" - ");
      if (f.length > 4 && f[4].equals("/sys/fs/cgroup") && dash > 0 && line.substring(dash + 3).startsWith("cgroup2 ")) {
        return "2";
      }
    }
    return "1";
  }

  public static int processors() {
    return (int) read("/proc/cpuinfo").lines().filter(l -> l.startsWith("processor")).count();
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
