package io.drydock.runtime.cgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link CgroupManager} promises, whatever the layout; run against each implementation
 * on a fake cgroupfs by one {@code ...ContractTest} subclass per layout.
 */
abstract class CgroupManagerContract {
  @TempDir Path temp;
  CgroupManager cgroup;

  abstract CgroupManager manager(Path temp);

  @BeforeEach
  void create() {
    cgroup = manager(temp);
  }

  @Test
  void createMakesItAndDestroyRemovesItTwiceOver() {
    assertThat(cgroup.exists()).isFalse();
    cgroup.create(CgroupResources.none());
    assertThat(cgroup.exists()).isTrue();
    for (Path procs : cgroup.procsFiles()) {
      assertThat(procs.getFileName()).hasToString("cgroup.procs");
      assertThat(procs.getParent()).isDirectory().endsWith(Path.of("drydock/c1"));
    }

    cgroup.destroy();
    cgroup.destroy();

    assertThat(cgroup.exists()).isFalse();
    for (Path procs : cgroup.procsFiles()) {
      assertThat(procs.getParent()).doesNotExist();
    }
  }

  @Test
  void creatingTwiceIsAConflictAndKeepsTheFirst() {
    cgroup.create(CgroupResources.none());
    assertThatThrownBy(() -> cgroup.create(CgroupResources.none())).isInstanceOf(DrydockException.Conflict.class)
        .hasMessageContaining("drydock/c1 already exists");
    assertThat(cgroup.exists()).isTrue();
  }

  @Test
  void invalidResourcesAreRefusedBeforeAnythingIsMade() {
    assertThatThrownBy(() -> cgroup.create(CgroupResources.builder().memoryLimit(1024).build()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("Minimum memory limit allowed is 6MB");
    assertThat(cgroup.exists()).isFalse();
    for (Path procs : cgroup.procsFiles()) {
      assertThat(procs.getParent().getParent()).as("the parent drydock/").doesNotExist();
    }
  }

  @Test
  void addProcessWritesThePidIntoEveryProcsFile() {
    cgroup.create(CgroupResources.none());

    cgroup.addProcess(4242);

    for (Path procs : cgroup.procsFiles()) {
      assertThat(FakeCgroupTree.read(procs)).isEqualTo("4242");
    }
    assertThat(cgroup.pids()).containsExactly(4242L);
  }

  @Test
  void aMissingCgroupIsNotFound() {
    assertThatThrownBy(() -> cgroup.addProcess(1)).isInstanceOf(DrydockException.NotFound.class);
    assertThatThrownBy(cgroup::stats).isInstanceOf(DrydockException.NotFound.class);
    assertThatThrownBy(() -> cgroup.update(CgroupResources.none())).isInstanceOf(DrydockException.NotFound.class);
    assertThat(cgroup.pids()).isEmpty();
    assertThat(cgroup.oomKills()).as("an exit read after the cgroup went finds no OOM kills").isZero();
  }
}
