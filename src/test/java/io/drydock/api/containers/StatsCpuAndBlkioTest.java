package io.drydock.api.containers;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.engine.container.service.ContainerUsage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code percpu_usage} and the blkio lists of {@code docker stats} as dockerd 20.10 writes them on cgroup v1. */
class StatsCpuAndBlkioTest {
  private static ContainerUsage usage(List<Long> perCpu, List<ContainerUsage.Io> bytes, List<ContainerUsage.Io> serviced) {
    return new ContainerUsage(Instant.EPOCH, 1, 1, 1, 0, Map.of(), 0, 900, 500, 400, perCpu, 100, 2, 1, bytes, serviced,
        ContainerUsage.Throttling.NONE);
  }

  @Test
  void perCpuUsageFollowsTheTotalWhereTheKernelGivesItAndIsLeftOutElsewhere() {
    Map<String, Object> usage = StatsRoute.cpu(Optional.of(usage(List.of(600L, 300L), List.of(), List.of()))).cpuUsage();
    assertThat(usage.keySet()).containsExactly("total_usage", "percpu_usage", "usage_in_kernelmode", "usage_in_usermode");
    assertThat(usage.get("percpu_usage")).isEqualTo(List.of(600L, 300L));
    assertThat(StatsRoute.cpu(Optional.of(usage(List.of(), List.of(), List.of()))).cpuUsage()).doesNotContainKey("percpu_usage");
  }

  @Test
  void everyBlkioListIsThereTheThrottleFilesFillingTwoEntryByEntry() {
    ContainerUsage.Io read = new ContainerUsage.Io(8, 0, "Read", 4096);
    ContainerUsage.Io total = new ContainerUsage.Io(8, 0, "Total", 4096);
    Map<String, Object> blkio = StatsRoute.blkio(Optional.of(usage(List.of(), List.of(read, total), List.of(new ContainerUsage.Io(8, 0, "Read", 1)))));
    assertThat(blkio.keySet()).containsExactly("io_service_bytes_recursive", "io_serviced_recursive", "io_queue_recursive",
        "io_service_time_recursive", "io_wait_time_recursive", "io_merged_recursive", "io_time_recursive", "sectors_recursive");
    assertThat(blkio.get("io_service_bytes_recursive")).isEqualTo(List.of(
        Map.of("major", 8L, "minor", 0L, "op", "Read", "value", 4096L), Map.of("major", 8L, "minor", 0L, "op", "Total", "value", 4096L)));
    assertThat(blkio.get("io_serviced_recursive")).isEqualTo(List.of(Map.of("major", 8L, "minor", 0L, "op", "Read", "value", 1L)));
    assertThat(blkio.get("sectors_recursive")).isEqualTo(List.of());
    assertThat(StatsRoute.blkio(Optional.empty()).get("io_service_bytes_recursive")).isEqualTo(List.of());
  }
}
