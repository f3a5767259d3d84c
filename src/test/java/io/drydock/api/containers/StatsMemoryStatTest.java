package io.drydock.api.containers;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.engine.container.service.ContainerUsage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsMemoryStatTest {
  private static ContainerUsage usage(Map<String, Long> stat) {
    return new ContainerUsage(Instant.EPOCH, 10_000, 12_000, 1 << 20, 3_000, stat, 0, 1, 1, 0, List.of(), 100, 2, 1, List.of(), List.of(),
        ContainerUsage.Throttling.NONE);
  }

  @Test
  void memoryStatsCarryTheCgroupsMemoryStatSortedAsGoEncodesAMap() {
    Map<String, Long> stats = StatsRoute.memoryStat(usage(Map.of("total_inactive_file", 4_096L, "cache", 3_000L, "rss", 7_000L)));

    assertThat(stats).containsExactly(Map.entry("cache", 3_000L), Map.entry("rss", 7_000L), Map.entry("total_inactive_file", 4_096L));
  }

  @Test
  void withoutTheCgroupsKeysOnlyThePageCacheIsGiven() {
    assertThat(StatsRoute.memoryStat(usage(Map.of()))).containsOnly(Map.entry("cache", 3_000L), Map.entry("total_inactive_file", 0L));
  }
}
