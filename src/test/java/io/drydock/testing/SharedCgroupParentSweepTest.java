package io.drydock.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedCgroupParentSweepTest {
  @TempDir Path root;

  @Test
  void anEmptySharedParentGoesFromEveryHierarchyAndOneInUseStays() throws Exception {
    Path empty = Files.createDirectories(root.resolve("memory").resolve(SharedCgroupParentSweep.PARENT));
    Path inUse = Files.createDirectories(root.resolve("pids").resolve(SharedCgroupParentSweep.PARENT).resolve("c1"));
    Path other = Files.createDirectories(root.resolve("cpu").resolve("someone-else"));

    assertThat(SharedCgroupParentSweep.sweep(root)).containsExactly(empty);

    assertThat(empty).doesNotExist();
    assertThat(inUse).exists();
    assertThat(other).exists();
  }

  @Test
  void noCgroupFileSystemIsNoError() {
    assertThat(SharedCgroupParentSweep.sweep(root.resolve("absent"))).isEmpty();
  }
}
