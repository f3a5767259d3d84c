package io.drydock.supervisor.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskOperationTest {
  private static final Map<TaskOperation, Set<TaskStatus>> EXPECTED = Map.of(
      TaskOperation.START, EnumSet.of(TaskStatus.CREATED),
      TaskOperation.KILL, EnumSet.of(TaskStatus.CREATED, TaskStatus.RUNNING, TaskStatus.PAUSED),
      TaskOperation.PAUSE, EnumSet.of(TaskStatus.RUNNING),
      TaskOperation.RESUME, EnumSet.of(TaskStatus.PAUSED),
      TaskOperation.EXEC, EnumSet.of(TaskStatus.RUNNING),
      TaskOperation.DELETE, EnumSet.of(TaskStatus.STOPPED),
      TaskOperation.RESIZE, EnumSet.of(TaskStatus.CREATED, TaskStatus.RUNNING, TaskStatus.PAUSED));

  @Test
  void everyOperationIsAllowedExactlyInItsStatuses() {
    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(TaskOperation.values());
    for (TaskOperation op : TaskOperation.values()) {
      for (TaskStatus s : TaskStatus.values()) {
        assertThat(op.allowedIn(s)).as(op + " in " + s).isEqualTo(EXPECTED.get(op).contains(s));
      }
    }
  }

  @Test
  void aRefusalIsAConflictNamingTheTaskAndItsStatus() {
    assertThatThrownBy(() -> TaskOperation.PAUSE.check("c1", TaskStatus.STOPPED))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("cannot pause task c1: it is stopped");
  }
}
