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

  @Test
  void networksAreKeyedByInterfaceInGoMapOrderWithDockerdsFieldNames() throws Exception {
    Map<String, io.drydock.engine.network.InterfaceCounters> counters = Map.of(
        "eth1", new io.drydock.engine.network.InterfaceCounters(1, 2, 3, 4, 5, 6, 7, 8),
        "eth0", new io.drydock.engine.network.InterfaceCounters(10, 20, 30, 40, 50, 60, 70, 80));
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(StatsRoute.networks(counters));
    assertThat(json).isEqualTo("{\"eth0\":{\"rx_bytes\":10,\"rx_packets\":20,\"rx_errors\":30,\"rx_dropped\":40,"
        + "\"tx_bytes\":50,\"tx_packets\":60,\"tx_errors\":70,\"tx_dropped\":80},"
        + "\"eth1\":{\"rx_bytes\":1,\"rx_packets\":2,\"rx_errors\":3,\"rx_dropped\":4,"
        + "\"tx_bytes\":5,\"tx_packets\":6,\"tx_errors\":7,\"tx_dropped\":8}}");
  }

  @Test
  void countersPast2To63AreSentAsTheUnsignedNumbersTheyAre() throws Exception {
    long max = Long.parseUnsignedLong("18446744073709551615");
    long past = Long.parseUnsignedLong("9223372036854775808");
    Map<String, io.drydock.engine.network.InterfaceCounters> counters = Map.of(
        "eth0", new io.drydock.engine.network.InterfaceCounters(past, 1, 0, 0, max, 2, 0, Long.MAX_VALUE));
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(StatsRoute.networks(counters));
    assertThat(json).isEqualTo("{\"eth0\":{\"rx_bytes\":9223372036854775808,\"rx_packets\":1,\"rx_errors\":0,\"rx_dropped\":0,"
        + "\"tx_bytes\":18446744073709551615,\"tx_packets\":2,\"tx_errors\":0,\"tx_dropped\":9223372036854775807}}");
  }
}
