package io.drydock.runtime.cgroup;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The directory and write work shared by the v1 and v2 managers: making a path while remembering
 * what was made (so a failure can undo exactly that), executing a write plan, and removing a
 * cgroup bottom-up while the kernel still lets go of exiting tasks.
 */
final class CgroupDirectories {
  private static final long REMOVE_TIMEOUT_NANOS = 2_000_000_000L;

  private final CgroupFs fs;
  private final List<Path> created = new ArrayList<>();

  CgroupDirectories(CgroupFs fs) {
    this.fs = fs;
  }

  /** Creates {@code dir} and its missing ancestors below {@code mount}, remembering each one made. */
  void makePath(Path mount, String relative) {
    Path dir = mount;
    for (String segment : relative.split("/")) {
      dir = dir.resolve(segment);
      if (fs.mkdir(dir)) {
        created.add(dir);
      }
    }
  }

  /** Creates one directory whose parent exists. */
  void make(Path dir) {
    if (fs.mkdir(dir)) {
      created.add(dir);
    }
  }

  /** Removes what this instance created, deepest first; errors are added to {@code failure}. */
  void undo(RuntimeException failure) {
    for (int i = created.size() - 1; i >= 0; i--) {
      try {
        fs.rmdir(created.get(i));
      } catch (IOException e) {
        failure.addSuppressed(CgroupFs.failure("rmdir", created.get(i), e));
      }
    }
    created.clear();
  }

  /** Executes {@code writes}, each in the directory {@code dirOf} gives for its controller. */
  static void apply(CgroupFs fs, List<CgroupWrite> writes, Function<String, Path> dirOf) {
    for (int i = 0; i < writes.size(); ) {
      CgroupWrite w = writes.get(i);
      Path file = dirOf.apply(w.controller()).resolve(w.file());
      int end = i + 1;
      while (end < writes.size() && writes.get(end).controller().equals(w.controller()) && writes.get(end).file().equals(w.file())) {
        end++;
      }
      List<CgroupWrite> run = writes.subList(i, end);
      i = end;
      if (!fs.exists(file)) {
        if (w.skipIfMissing()) {
          continue;
        }
        throw new DrydockException.Unavailable("cannot set " + w.file() + " to \"" + w.value() + "\": " + file
            + " does not exist (this kernel does not support that " + w.controller() + " limit)", null);
      }
      // consecutive writes to one file (the device rules: twenty and more) share one descriptor
      fs.writeEach(file, run.stream().map(CgroupWrite::value).toList());
    }
  }

  /**
   * Removes {@code dir} and any sub-cgroups, deepest first. A plain rmdir is tried first: listing a
   * v1 cgroup means a stat of each of its dozens of pseudo-files, which made teardown cost more
   * than creation. The kernel refuses (EBUSY) while a task, even a dying one, is still charged to
   * it, so removal is retried for a bounded time; then the error names the processes that remain.
   */
  static void remove(CgroupFs fs, Path dir, Supplier<List<Long>> pids) {
    try {
      // the usual case, an empty leaf whose tasks are gone: one rmdir, no listing of its files
      fs.rmdir(dir);
      return;
    } catch (IOException e) {
      // sub-cgroups, or tasks not yet released: the careful way below
    }
    for (Path child : fs.subdirectories(dir)) {
      remove(fs, child, pids);
    }
    long deadline = System.nanoTime() + REMOVE_TIMEOUT_NANOS;
    long sleepMillis = 1;
    while (true) {
      try {
        fs.rmdir(dir);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          List<Long> remaining = pids.get();
          if (!remaining.isEmpty()) {
            throw new DrydockException.Conflict("cannot remove cgroup " + dir + ": processes " + remaining
                + " are still in it; kill them first");
          }
          throw CgroupFs.failure("rmdir", dir, e);
        }
      }
      sleep(sleepMillis);
      sleepMillis = Math.min(sleepMillis * 2, 50);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted while waiting for a cgroup", e);
    }
  }
}
