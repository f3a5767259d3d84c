package io.drydock.engine.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import org.junit.jupiter.api.Test;

class ResourceUpdateTest {
  private static final ContainerResources CURRENT = new ContainerResources(64L << 20, 128L << 20, 0, 0, 256, 30000, 0, "0-1", 10, false);

  private static ResourceUpdate update(ContainerResources values, Long pids) {
    return new ResourceUpdate(values, pids);
  }

  @Test
  void zeroLeavesAValueAndAnythingElseReplacesIt() {
    ContainerResources merged = update(new ContainerResources(0, 0, 32L << 20, 0, 512, 0, 0, "", 0, false), null).applyTo(CURRENT);
    assertThat(merged).isEqualTo(new ContainerResources(64L << 20, 128L << 20, 32L << 20, 0, 512, 30000, 0, "0-1", 10, false));
    assertThat(update(ContainerResources.NONE, -1L).applyTo(CURRENT).pidsLimit()).isEqualTo(-1);
    assertThat(update(new ContainerResources(0, 0, 0, 0, 0, 0, 0, "1", 0, false), null).applyTo(CURRENT).cpusetCpus()).isEqualTo("1");
  }

  @Test
  void nanoCpusAndQuotaOrPeriodExcludeEachOtherAcrossOldAndNew() {
    assertThatThrownBy(() -> update(new ContainerResources(0, 0, 0, 1_000_000_000L, 0, 0, 0, "", 0, false), null).applyTo(CURRENT))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("Conflicting options: Nano CPUs cannot be updated as CPU Quota has already been set");
    ContainerResources nano = new ContainerResources(0, 0, 0, 500_000_000L, 0, 0, 0, "", 0, false);
    assertThatThrownBy(() -> update(new ContainerResources(0, 0, 0, 0, 0, 0, 50000, "", 0, false), null).applyTo(nano))
        .hasMessage("Conflicting options: CPU Period cannot be updated as NanoCPUs has already been set");
    assertThatThrownBy(() -> update(new ContainerResources(0, 0, 0, 0, 0, 20000, 0, "", 0, false), null).applyTo(nano))
        .hasMessage("Conflicting options: CPU Quota cannot be updated as NanoCPUs has already been set");
    assertThat(update(new ContainerResources(0, 0, 0, 2_000_000_000L, 0, 0, 0, "", 0, false), null).applyTo(nano).nanoCpus()).isEqualTo(2_000_000_000L);
  }

  @Test
  void memoryAboveTheSwapLimitNeedsANewSwapLimit() {
    assertThatThrownBy(() -> update(new ContainerResources(256L << 20, 0, 0, 0, 0, 0, 0, "", 0, false), null).applyTo(CURRENT))
        .isInstanceOf(DrydockException.Conflict.class)
        .hasMessageStartingWith("Memory limit should be smaller than already set memoryswap limit");
    assertThat(update(new ContainerResources(256L << 20, 512L << 20, 0, 0, 0, 0, 0, "", 0, false), null).applyTo(CURRENT).memorySwap())
        .isEqualTo(512L << 20);
    assertThatThrownBy(() -> update(new ContainerResources(256L << 20, 0, 0, 0, 0, 0, 0, "", 0, false), null).applyTo(ContainerResources.NONE))
        .as("dockerd 20.10 refuses it also without any swap limit").isInstanceOf(DrydockException.Conflict.class);
    ContainerResources unlimitedSwap = new ContainerResources(64L << 20, -1, 0, 0, 0, 0, 0, "", 0, false);
    assertThatThrownBy(() -> update(new ContainerResources(32L << 20, 0, 0, 0, 0, 0, 0, "", 0, false), null).applyTo(unlimitedSwap))
        .as("and with an unlimited one").isInstanceOf(DrydockException.Conflict.class);
    assertThat(update(new ContainerResources(256L << 20, -1, 0, 0, 0, 0, 0, "", 0, false), null).applyTo(ContainerResources.NONE).memory())
        .isEqualTo(256L << 20);
    assertThat(update(new ContainerResources(128L << 20, 0, 0, 0, 0, 0, 0, "", 0, false), null).applyTo(CURRENT).memory())
        .as("up to the swap limit").isEqualTo(128L << 20);
  }
}
