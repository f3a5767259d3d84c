package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import org.junit.jupiter.api.Test;

/** {@code CpusetCpus} as dockerd 20.10 checked it on this 2-CPU host (available {@code 0-1}). */
class CpusetRuleTest {
  @Test
  void listsOfOfferedCpusPass() {
    CpusetRule.check("0-1", "0-1");
    CpusetRule.check("1,0", "0-1");
    CpusetRule.check("3", "0-2,3");
    assertThat(CpusetRule.parse("0-2,5").toString()).isEqualTo("{0, 1, 2, 5}");
  }

  @Test
  void aCpuTheHostDoesNotOfferIs400WithTheAvailableList() {
    assertThatThrownBy(() -> CpusetRule.check("99", "0-1")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Requested CPUs are not available - requested 99, available: 0-1");
    assertThatThrownBy(() -> CpusetRule.check("1-2", "0-1")).hasMessage("Requested CPUs are not available - requested 1-2, available: 0-1");
  }

  @Test
  void malformedListsAre400InvalidFormat() {
    for (String bad : new String[] {"a", "0-", "-1", "1,,2", "2-1", "1-2-3", " 1", "1,"}) {
      assertThatThrownBy(() -> CpusetRule.check(bad, "0-1")).as(bad).isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessage("Invalid value " + bad + " for cpuset cpus: invalid format: " + bad);
    }
  }
}
