package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainerUsageTest {
  private static final long HOST = 25_276_510_208L;

  @Test
  void anUnlimitedContainerReportsTheHostsMemoryAsDockerdDoes() {
    assertThat(ContainerUsage.reportedLimit(-1, HOST)).isEqualTo(HOST);
    assertThat(ContainerUsage.reportedLimit(Long.MAX_VALUE - 4095, HOST)).isEqualTo(HOST);
    assertThat(ContainerUsage.reportedLimit(64L << 20, HOST)).isEqualTo(64L << 20);
  }
}
