package io.drydock.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that runs crun registers this ({@code @RegisterExtension static}) and runs the
 * binary {@link #crun()} names: on this kind of hybrid host ({@link CrunCgroupPlan}) that is a
 * {@code crun} script calling crun through {@code bin/hide-cgroup2}, so crun sees a pure v1 layout
 * in a mount namespace of its own and nothing on the machine changes — other builds and daemons
 * reading the cgroup layout meanwhile are unaffected. Elsewhere it is crun itself. Where crun is
 * missing, or the layout is one it cannot be given, the class is skipped with a one-line reason (a
 * failure under CI's {@code DRYDOCK_REQUIRE_KERNEL=1}).
 */
public final class CrunCgroupLayout implements BeforeAllCallback, AfterAllCallback {
  public static final Path UNIFIED = Path.of("/sys/fs/cgroup/unified");
  /** The script that hides the cgroup2 mount from the command it runs (relative to the project). */
  public static final Path HIDE_CGROUP2 = Path.of("bin", "hide-cgroup2");

  private Optional<Path> wrapperDir = Optional.empty();
  private Path crun = Path.of("crun");

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Optional<Path> installed = HostFacts.which("crun");
    Requirements.require("kernel", installed.isPresent() ? Optional.empty() : Optional.of("needs crun on the PATH"));
    Requirements.require("kernel", HostFacts.isRoot() ? Optional.empty() : Optional.of("needs root to run crun"));
    CrunCgroupPlan plan = plan();
    Requirements.require("kernel", plan.unsupported());
    if (plan.hideCgroup2()) {
      Path dir = Files.createTempDirectory("drydock-crun-");
      wrapperDir = Optional.of(dir);
      crun = wrapper(dir, installed.orElseThrow());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    Optional<Path> dir = wrapperDir;
    wrapperDir = Optional.empty();
    crun = Path.of("crun");
    if (dir.isPresent()) {
      Files.deleteIfExists(dir.get().resolve("crun"));
      Files.deleteIfExists(dir.get());
    }
  }

  /** The crun to run: named {@code crun}, as drydock reads crun's errors by the binary's name. */
  public Path crun() {
    return crun;
  }

  /** What this host needs, read now. */
  public static CrunCgroupPlan plan() throws IOException {
    return CrunCgroupPlan.decide(cgroup2MountedAt(UNIFIED), unifiedControllers());
  }

  /**
   * Writes {@code dir/crun}: {@code installed} run through {@link #HIDE_CGROUP2}, by absolute paths
   * (a shim may start it without the test's PATH or working directory).
   */
  static Path wrapper(Path dir, Path installed) throws IOException {
    Path script = dir.resolve("crun");
    Files.writeString(script, "#!/bin/sh\nexec '" + HIDE_CGROUP2.toAbsolutePath() + "' '" + installed + "' \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  /** The controllers the cgroup2 mount at {@link #UNIFIED} holds now; empty when it is not mounted. */
  public static Set<String> unifiedControllers() throws IOException {
    Path file = UNIFIED.resolve("cgroup.controllers");
    if (!Files.exists(file)) {
      return Set.of();
    }
    return Arrays.stream(Files.readString(file).trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }

  /** Whether {@code dir} is a cgroup2 mount point in {@code mountinfo} (the text of a /proc/PID/mountinfo). */
  public static boolean cgroup2MountedAt(Path dir, String mountinfo) {
    for (String line : mountinfo.split("\n")) {
      String[] f = line.split(" ");
      int dash = List.of(f).indexOf("-");
      if (f.length > 4 && f[4].equals(dir.toString()) && dash > 0 && dash + 1 < f.length && f[dash + 1].equals("cgroup2")) {
        return true;
      }
    }
    return false;
  }

  static boolean cgroup2MountedAt(Path dir) throws IOException {
    return cgroup2MountedAt(dir, Files.readString(Path.of("/proc/self/mountinfo")));
  }
}
