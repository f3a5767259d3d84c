package io.drydock.testing;

import io.drydock.os.MountCalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * hugetlb moved from the hybrid host's cgroup2 mount to a v1 hierarchy at
 * {@code /sys/fs/cgroup/hugetlb}, for as long as this object is open; {@link #close} moves it
 * back. A v1 hierarchy gives its controller back only once it is unmounted with no child cgroup
 * left, and a removed child stays counted until the kernel releases it: so closing removes the
 * children (any drydock on the machine may have made some while the mount was visible), waits for
 * the count to fall to the root alone, unmounts, and checks cgroup2 lists hugetlb again — a few
 * times, remounting the same hierarchy, when something made a cgroup meanwhile.
 */
public final class HugetlbMove implements AutoCloseable {
  static final Path CGROUP = Path.of("/sys/fs/cgroup");
  static final Path UNIFIED = CGROUP.resolve("unified");
  static final Path V1 = CGROUP.resolve("hugetlb");
  private static final int ATTEMPTS = 8;

  private final Thread lastResort = new Thread(this::restoreQuietly, "hugetlb-restore");
  private boolean open = true;

  private HugetlbMove() {}

  /** Moves hugetlb to v1; afterwards cgroup2 holds no controller, or this throws having moved nothing. */
  static HugetlbMove moveToV1() {
    try {
      Files.createDirectories(V1);
      MountCalls.mount("hugetlb", V1, "cgroup", Set.of(), "hugetlb");
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(V1);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw new IllegalStateException("mount a v1 hugetlb hierarchy at " + V1 + " for crun: " + e.getMessage(), e);
    }
    HugetlbMove m = new HugetlbMove();
    try {
      Runtime.getRuntime().addShutdownHook(m.lastResort);
      if (!unifiedControllers().isEmpty()) {
        throw new IllegalStateException("hugetlb mounted at " + V1 + " but " + UNIFIED + " still holds " + unifiedControllers());
      }
      return m;
    } catch (IOException | RuntimeException e) {
      try {
        m.close();
      } catch (RuntimeException restore) {
        e.addSuppressed(restore);
      }
      throw new IllegalStateException("move hugetlb to a v1 hierarchy for crun: " + e.getMessage(), e);
    }
  }

  /** The controllers the cgroup2 mount holds now; empty when it is not mounted. */
  static Set<String> unifiedControllers() throws IOException {
    Path file = UNIFIED.resolve("cgroup.controllers");
    if (!Files.exists(file)) {
      return Set.of();
    }
    return Arrays.stream(Files.readString(file).trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }

  /** Whether {@code dir} is the mount point of a filesystem of type {@code type}, by /proc/self/mountinfo. */
  static boolean mounted(Path dir, String type) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
      String[] f = line.split(" ");
      int dash = List.of(f).indexOf("-");
      if (f.length > 4 && f[4].equals(dir.toString()) && dash > 0 && dash + 1 < f.length && f[dash + 1].equals(type)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized void close() {
    if (!open) {
      return;
    }
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        if (moveBackOnce()) {
          open = false;
          removeMountPoint();
          return;
        }
      }
      throw new IllegalStateException("hugetlb did not return to " + UNIFIED + ": a v1 hierarchy still holds it"
          + " (a cgroup under " + V1 + " kept a process?)");
    } catch (IOException e) {
      throw new IllegalStateException("move hugetlb back to " + UNIFIED + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted moving hugetlb back to " + UNIFIED, e);
    } finally {
      if (!open) {
        removeShutdownHook();
      }
    }
  }

  private boolean moveBackOnce() throws IOException, InterruptedException {
    if (!mounted(V1, "cgroup")) {
      MountCalls.mount("hugetlb", V1, "cgroup", Set.of(), "hugetlb");
    }
    removeChildCgroups();
    await(() -> hugetlbCgroupCount() == 1, 5_000);
    try {
      MountCalls.unmount(V1);
    } catch (RuntimeException busy) {
      // a copy of the mount in a container's mount namespace, or an open file in it: detach it
      // here; the hierarchy dies (and hugetlb returns) once the last user lets go
      MountCalls.unmountDetached(V1);
    }
    return await(() -> unifiedControllers().contains("hugetlb"), 3_000);
  }

  private static void removeChildCgroups() throws IOException {
    try (Stream<Path> tree = Files.walk(V1)) {
      for (Path dir : tree.filter(Files::isDirectory).filter(p -> !p.equals(V1)).sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(dir);
        } catch (IOException busy) {
          // a cgroup that still has a process; the next attempt tries again
        }
      }
    }
  }

  /**
   * Removes the mount point, and the plain directories a cgroup manager working from a layout read
   * while the mount existed may have made in the tmpfs under it since (they are no cgroups).
   */
  private static void removeMountPoint() throws IOException {
    if (!Files.exists(V1) || mounted(V1, "cgroup")) {
      return;
    }
    try (Stream<Path> tree = Files.walk(V1)) {
      for (Path dir : tree.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(dir);
        } catch (IOException raced) {
          // made again meanwhile: harmless, the next mount covers it
        }
      }
    }
  }

  /** hugetlb's num_cgroups in /proc/cgroups: 1 when only the v1 root is left. */
  static long hugetlbCgroupCount() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/cgroups"))) {
      String[] f = line.split("\\s+");
      if (f.length >= 3 && f[0].equals("hugetlb")) {
        return Long.parseLong(f[2]);
      }
    }
    return -1;
  }

  private interface Check {
    boolean holds() throws IOException;
  }

  private static boolean await(Check check, long millis) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (!check.holds()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  private void restoreQuietly() {
    try {
      close();
    } catch (RuntimeException e) {
      System.err.println("hugetlb-restore: " + e.getMessage());
    }
  }

  private void removeShutdownHook() {
    if (Thread.currentThread() == lastResort) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(lastResort);
    } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverAdded) {
      // the JVM is exiting (the hook runs, finding nothing to do) or the move failed before adding it
    }
  }
}
