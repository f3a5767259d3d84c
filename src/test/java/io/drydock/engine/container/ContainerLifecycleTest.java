package io.drydock.engine.container;

import static io.drydock.engine.container.ContainerAction.*;
import static io.drydock.engine.container.ContainerStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import org.junit.jupiter.api.Test;

/** dockerd's exact words and classes for the refusals clients see. */
class ContainerLifecycleTest {
  private static final String ID = "4f1a".repeat(16);

  @Test
  void aFailedStartRecords128OnlyOverAZeroExitCodeAndItsOwnKindsCodeAlways() {
    java.time.Instant t = java.time.Instant.EPOCH;
    ContainerState killed = new ContainerState(EXITED, 0, 137, "", t, t, true, 0);
    assertThat(killed.startFailed("Address already in use", ContainerState.UNKNOWN_START_FAILURE, ID))
        .extracting(ContainerState::exitCode, ContainerState::error, ContainerState::oomKilled)
        .containsExactly(137, "Address already in use", true);
    assertThat(killed.startFailed("exec: not found", 127, ID).exitCode()).isEqualTo(127);
    assertThat(ContainerState.created().startFailed("x", ContainerState.UNKNOWN_START_FAILURE, ID).exitCode()).isEqualTo(128);
  }

  @Test
  void startOfRunningIsNotModified() {
    assertThatThrownBy(() -> ContainerLifecycle.check(RUNNING, START, ID))
        .isInstanceOf(DrydockException.NotModified.class)
        .hasMessage("Container is already started");
  }

  @Test
  void stopOfExitedIsNotModified() {
    assertThatThrownBy(() -> ContainerLifecycle.check(EXITED, STOP, ID))
        .isInstanceOf(DrydockException.NotModified.class)
        .hasMessage("Container is already stopped");
  }

  @Test
  void pauseRefusals() {
    assertThatThrownBy(() -> ContainerLifecycle.check(PAUSED, PAUSE, ID))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("Container " + ID + " is already paused");
    assertThatThrownBy(() -> ContainerLifecycle.check(EXITED, PAUSE, ID))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("Container " + ID + " is not running");
    assertThatThrownBy(() -> ContainerLifecycle.check(RUNNING, UNPAUSE, ID))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("Container " + ID + " is not paused");
  }

  @Test
  void killAndExecOfStoppedAreNotRunning() {
    for (ContainerAction a : new ContainerAction[] {KILL, EXEC}) {
      assertThatThrownBy(() -> ContainerLifecycle.check(CREATED, a, ID))
          .isInstanceOf(DrydockException.Conflict.class)
          .hasMessage("Container " + ID + " is not running");
    }
    assertThatThrownBy(() -> ContainerLifecycle.check(PAUSED, EXEC, ID))
        .hasMessage("Container " + ID + " is paused, unpause the container before exec");
  }

  @Test
  void attachRefusesOnlyPausedAndRestarting() {
    assertThatThrownBy(() -> ContainerLifecycle.check(PAUSED, ATTACH, "web"))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("container web is paused, unpause the container before attach");
    assertThatThrownBy(() -> ContainerLifecycle.check(RESTARTING, ATTACH, "web"))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("container web is restarting, wait until the container is running");
    for (ContainerStatus s : new ContainerStatus[] {CREATED, RUNNING, EXITED, REMOVING, DEAD}) {
      assertThat(ContainerLifecycle.check(s, ATTACH, "web")).isEqualTo(new Transition.Moves(s));
    }
  }

  @Test
  void removeOfRunningNeedsForce() {
    assertThatThrownBy(() -> ContainerLifecycle.check(RUNNING, REMOVE, ID))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("You cannot remove a running container " + ID
            + ". Stop the container before attempting removal or force remove");
    assertThatThrownBy(() -> ContainerLifecycle.check(PAUSED, REMOVE, ID))
        .hasMessage("You cannot remove a paused container " + ID
            + ". Unpause and then stop the container before attempting removal or force remove");
    assertThat(ContainerLifecycle.check(RUNNING, REMOVE_FORCE, ID))
        .isEqualTo(new Transition.Moves(REMOVING));
    assertThat(ContainerLifecycle.canRemove(RUNNING, false)).isFalse();
    assertThat(ContainerLifecycle.canRemove(RUNNING, true)).isTrue();
  }

  @Test
  void startOfPausedOrRemovedIsConflict() {
    assertThatThrownBy(() -> ContainerLifecycle.check(PAUSED, START, ID))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("cannot start a paused container, try unpause instead");
    assertThatThrownBy(() -> ContainerLifecycle.check(DEAD, START, ID))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("container is marked for removal and cannot be started");
  }

  @Test
  void predicatesFollowTheTable() {
    for (ContainerStatus s : ContainerStatus.values()) {
      assertThat(ContainerLifecycle.canStart(s)).isEqualTo(s == CREATED || s == EXITED);
      assertThat(ContainerLifecycle.canStop(s)).isEqualTo(s.isRunning());
      assertThat(ContainerLifecycle.canKill(s)).isEqualTo(s.isRunning());
      assertThat(ContainerLifecycle.canPause(s)).isEqualTo(s == RUNNING);
      assertThat(ContainerLifecycle.canUnpause(s)).isEqualTo(s == PAUSED);
      assertThat(ContainerLifecycle.canExec(s)).isEqualTo(s == RUNNING);
      assertThat(ContainerLifecycle.canRestart(s)).isEqualTo(s != REMOVING && s != DEAD);
      assertThat(ContainerLifecycle.canRename(s)).isEqualTo(s != REMOVING);
    }
  }

  @Test
  void everyCellIsDefined() {
    for (ContainerStatus s : ContainerStatus.values()) {
      for (ContainerAction a : ContainerAction.values()) {
        assertThat(ContainerLifecycle.transition(s, a)).as("%s/%s", s, a).isNotNull();
      }
    }
  }
}
