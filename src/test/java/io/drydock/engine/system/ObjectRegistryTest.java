package io.drydock.engine.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectRegistryTest {
  private final ObjectRegistry registry = new ObjectRegistry();

  @Test
  void startsEmpty() {
    assertThat(registry.counts()).isEqualTo(new ObjectCounts(0, 0, 0, 0, 0));
    assertThat(registry.dataUsage().images()).isEmpty();
  }

  @Test
  void countsContainersByTheirLatestState() {
    registry.containerState("a", ContainerRunState.RUNNING);
    registry.containerState("b", ContainerRunState.RUNNING);
    registry.containerState("c", ContainerRunState.PAUSED);
    registry.containerState("b", ContainerRunState.STOPPED);
    assertThat(registry.counts()).isEqualTo(new ObjectCounts(3, 1, 1, 1, 0));
    registry.containerRemoved("a");
    assertThat(registry.counts()).isEqualTo(new ObjectCounts(2, 0, 1, 1, 0));
  }

  @Test
  void dataUsageSumsImageSizes() {
    registry.imageStored("sha256:b", 200);
    registry.imageStored("sha256:a", 100);
    DataUsage usage = registry.dataUsage();
    assertThat(usage.layersSize()).isEqualTo(300);
    assertThat(usage.images()).extracting(DataUsage.ImageUsage::id).containsExactly("sha256:a", "sha256:b");
    registry.imageRemoved("sha256:a");
    assertThat(registry.counts().images()).isEqualTo(1);
  }

  @Test
  void dataUsageCountsSharedLayersOnceAndAsksForContainers() {
    registry.imageStored("sha256:a", 300, 100);
    registry.imageStored("sha256:b", 150, 100);
    registry.layersStored(350);
    registry.imageContainers(id -> id.equals("sha256:b") ? 2 : 0);
    DataUsage usage = registry.dataUsage();
    assertThat(usage.layersSize()).isEqualTo(350);
    assertThat(usage.images()).containsExactly(new DataUsage.ImageUsage("sha256:a", 300, 100, 0), new DataUsage.ImageUsage("sha256:b", 150, 100, 2));
  }
}
