package io.drydock.engine.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The finer settings survive the record store; a record written before they existed loads with none; an update merges as dockerd's. */
class ResourceTuningTest {
  private static final ResourceTuning SET = new ResourceTuning(10L, 20L << 20, 4L << 20, "0", 500_000, 10_000,
      new BlockIo(0, List.of(), List.of(new BlockIo.Throttle("/dev/vda", 1_048_576)), null, List.of(), null));

  @Test
  void theTuningRoundTripsAndAnOldRecordHasNone() throws Exception {
    ObjectMapper engine = EngineJson.mapper();
    ContainerResources r = new ContainerResources(64L << 20, 128L << 20, 0, 0, 512, 0, 0, "0-1", 10, false).withTuning(SET);
    assertThat(engine.readValue(engine.writeValueAsString(r), ContainerResources.class)).isEqualTo(r);
    String old = "{\"memory\":67108864,\"memorySwap\":134217728,\"memoryReservation\":0,\"nanoCpus\":0,\"cpuShares\":512,"
        + "\"cpuQuota\":0,\"cpuPeriod\":0,\"cpusetCpus\":\"0-1\",\"pidsLimit\":10,\"oomKillDisable\":false}";
    ContainerResources loaded = engine.readValue(old, ContainerResources.class);
    assertThat(loaded.tuning()).isEqualTo(ResourceTuning.NONE);
    assertThat(loaded.memory()).isEqualTo(64L << 20);
  }

  @Test
  void theLimitsWithersKeepTheTuning() {
    ContainerResources r = ContainerResources.NONE.withTuning(SET);
    assertThat(r.withOomKillDisable(true).tuning()).isEqualTo(SET);
    assertThat(r.withMemorySwap(-1).tuning()).isEqualTo(SET);
  }

  @Test
  void anUpdateTakesMemsKernelMemoryRealtimeAndWeightAndLeavesTheRest() {
    ContainerResources current = ContainerResources.NONE.withTuning(SET);
    ResourceTuning asked = new ResourceTuning(50L, 30L << 20, 8L << 20, "0-1", 600_000, 0,
        new BlockIo(300, List.of(new BlockIo.WeightDevice("/dev/vda", 10)), List.of(), List.of(), List.of(), List.of()));
    ResourceTuning merged = new ResourceUpdate(ContainerResources.NONE.withTuning(asked), null).applyTo(current).tuning();
    assertThat(merged).isEqualTo(new ResourceTuning(10L, 30L << 20, 4L << 20, "0-1", 600_000, 10_000, SET.blockIo().withWeight(300)));
    ResourceTuning untouched = new ResourceUpdate(ContainerResources.NONE, null).applyTo(current).tuning();
    assertThat(untouched).isEqualTo(SET);
  }
}
