package io.drydock.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Facts about the test host read from /proc, for deciding whether a test can run. */
public final class HostFacts {
  private static final int CAP_SYS_ADMIN = 21;

  private HostFacts() {}

  public static int uid() {
    return Integer.parseInt(statusField("Uid").trim().split("\\s+")[1]);
  }

  public static boolean isRoot() {
    return uid() == 0;
  }

  public static boolean hasCapSysAdmin() {
    long eff = Long.parseUnsignedLong(statusField("CapEff").trim(), 16);
    return (eff & (1L << CAP_SYS_ADMIN)) != 0;
  }

  /** Whether an executable is on the PATH. */
  public static boolean onPath(String program) {
    return which(program).isPresent();
  }

  /** Where the PATH finds an executable, as the shell would. */
  public static Optional<Path> which(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
    for (String dir : path.split(":")) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate.toAbsolutePath());
      }
    }
    return Optional.empty();
  }

  private static String statusField(String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(name + ":")) {
          return line.substring(name.length() + 1);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("read /proc/self/status", e);
    }
    throw new IllegalStateException("no " + name + " in /proc/self/status");
  }
}
