package io.drydock.supervisor.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.CgroupStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskStatsReaderTest {
  private static final String PROC_STAT = """
      cpu  100 2 30 400 5 6 7 8 0 0
      cpu0 50 1 15 200 2 3 3 4 0 0
      intr 12345
      """;

  @Test
  void systemCpuIsTheSumOfDockersSevenFieldsInNanoseconds() {
    assertThat(TaskStatsReader.systemCpuNanos(PROC_STAT)).isEqualTo((100 + 2 + 30 + 400 + 5 + 6 + 7) * 10_000_000L);
  }

  @Test
  void aProcStatWithoutTheAggregateLineIsAnError() {
    assertThatThrownBy(() -> TaskStatsReader.systemCpuNanos("intr 1\n")).isInstanceOf(DrydockException.SystemError.class);
  }

  @Test
  void cgroupFiguresAreCarriedOver() {
    CgroupStats s = new CgroupStats(new CgroupStats.Memory(4096, 8192, 5000, 1, 100, 0),
        new CgroupStats.Cpu(900, 600, 300, 0, 0, 0, List.of(500L, 400L)), new CgroupStats.Pids(3, 64),
        new CgroupStats.Blkio(List.of(new CgroupStats.BlkioEntry(8, 0, "Read", 10)), List.of(new CgroupStats.BlkioEntry(8, 0, "Total", 2))));
    TaskStats t = TaskStatsReader.of(s, PROC_STAT, 2);
    assertThat(t.memoryUsage()).isEqualTo(4096);
    assertThat(t.memoryLimit()).isEqualTo(8192);
    assertThat(t.memoryMaxUsage()).isEqualTo(5000);
    assertThat(t.memoryCache()).isEqualTo(100);
    assertThat(t.cpuTotalNanos()).isEqualTo(900);
    assertThat(t.cpuUserNanos()).isEqualTo(600);
    assertThat(t.onlineCpus()).isEqualTo(2);
    assertThat(t.pidsCurrent()).isEqualTo(3);
    assertThat(t.pidsLimit()).isEqualTo(64);
    assertThat(t.cpuPerCpuNanos()).containsExactly(500L, 400L);
    assertThat(t.ioServiceBytes()).containsExactly(new TaskStats.BlkioEntry(8, 0, "Read", 10));
    assertThat(t.ioServiced()).containsExactly(new TaskStats.BlkioEntry(8, 0, "Total", 2));
  }
}
