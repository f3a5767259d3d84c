package io.drydock.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Removes, when the test run ends, the {@code drydock} cgroup that tests share as their parent (the
 * daemon's default {@code --cgroup-parent}, and the parent the runtime and supervisor tests make
 * their cgroups under) in every hierarchy. Each test removes its own container cgroups; the
 * parent is made on demand and kept by a daemon when it stops, so without this sweep a run leaves
 * an empty {@code /drydock} behind. Only an empty one goes: {@code rmdir} refuses a cgroup that
 * still has children or processes, so nothing in use is touched.
 */
public final class SharedCgroupParentSweep implements TestExecutionListener {
  static final String PARENT = "drydock";
  private static final Path ROOT = Path.of("/sys/fs/cgroup");

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    sweep(ROOT);
  }

  /** Removes {@code PARENT} under {@code root} and under each hierarchy mounted below it, when empty. */
  static List<Path> sweep(Path root) {
    List<Path> removed = new ArrayList<>();
    List<Path> candidates = new ArrayList<>(List.of(root.resolve(PARENT)));
    try (Stream<Path> hierarchies = Files.list(root)) {
      hierarchies.filter(Files::isDirectory).map(h -> h.resolve(PARENT)).forEach(candidates::add);
    } catch (IOException e) {
      return removed; // no cgroup file system here
    }
    for (Path p : candidates) {
      try {
        if (Files.isDirectory(p)) {
          Files.delete(p);
          removed.add(p);
        }
      } catch (IOException e) {
        // in use (a child or a process) or not ours to remove: left as it is
      }
    }
    return removed;
  }
}
