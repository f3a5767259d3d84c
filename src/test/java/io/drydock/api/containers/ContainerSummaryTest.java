package io.drydock.api.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /containers/json}'s {@code Command} as dockerd 20.10 writes it (checked against it with the same containers). */
class ContainerSummaryTest {
  @Test
  void anArgumentWithASpaceIsSingleQuotedAndNothingElseIs() {
    assertThat(ContainerTranslator.command("echo", List.of("a b", "c'd", "e\"f", "", "x"))).isEqualTo("echo 'a b' c'd e\"f  x");
    assertThat(ContainerTranslator.command("sh", List.of("-c", "sleep 1; echo $X"))).isEqualTo("sh -c 'sleep 1; echo $X'");
  }

  @Test
  void withoutArgumentsItIsThePathAlone() {
    assertThat(ContainerTranslator.command("echo", List.of())).isEqualTo("echo");
  }

  @Test
  void pidsLimitIsNullWhenNoneWasSetAtCreateAndZeroWhenAnUpdateLiftedIt() {
    assertThat(ContainerTranslator.pidsLimit(0)).isNull();
    assertThat(ContainerTranslator.pidsLimit(-1)).isZero();
    assertThat(ContainerTranslator.pidsLimit(50)).isEqualTo(50L);
  }
}
