package io.drydock.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContainerIdTest {
  @Test
  void generatedIdsAreFullLowercaseHexWithNonNumericShortForm() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      ContainerId id = ContainerId.generate();
      assertThat(id.value()).matches("[0-9a-f]{64}");
      assertThat(id.shortId()).hasSize(12).isEqualTo(id.value().substring(0, 12))
          .matches(".*[a-f].*");
      assertThat(seen.add(id.value())).isTrue();
    }
  }

  @Test
  void refusesAnythingButAFullId() {
    for (String bad : new String[] {"", "abc", "A".repeat(64), "g".repeat(64), "a".repeat(65)}) {
      assertThatThrownBy(() -> ContainerId.of(bad))
          .isInstanceOf(DrydockException.InvalidArgument.class);
    }
    assertThat(ContainerId.isFullId("0".repeat(64))).isTrue();
    assertThat(ContainerId.of("0".repeat(64))).hasToString("0".repeat(64));
  }
}
