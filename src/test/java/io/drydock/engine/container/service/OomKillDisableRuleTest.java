package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.engine.container.ContainerResources;
import org.junit.jupiter.api.Test;

/** dockerd 20.10's create-time warnings for {@code OomKillDisable}, and its discard where the kernel cannot. */
class OomKillDisableRuleTest {
  private static final ContainerResources OFF = ContainerResources.NONE.withOomKillDisable(true);
  private static final ContainerResources OFF_BOUNDED = new ContainerResources(64L << 20, 0, 0, 0, 0, 0, 0, "", 0, true);

  @Test
  void keptOnCgroupV1WithAWarningOnlyWithoutAMemoryLimit() {
    assertThat(OomKillDisableRule.decide(OFF, true)).isEqualTo(new OomKillDisableRule.Decision(OFF, java.util.List.of(OomKillDisableRule.NO_LIMIT)));
    assertThat(OomKillDisableRule.decide(OFF_BOUNDED, true).warnings()).isEmpty();
    assertThat(OomKillDisableRule.decide(OFF_BOUNDED, true).kept().oomKillDisable()).isTrue();
  }

  @Test
  void discardedWhereTheKernelHasNoSwitchWithItsWarningAlone() {
    OomKillDisableRule.Decision d = OomKillDisableRule.decide(OFF, false);
    assertThat(d.kept()).isEqualTo(ContainerResources.NONE);
    assertThat(d.warnings()).containsExactly(OomKillDisableRule.UNSUPPORTED);
  }

  @Test
  void notAskedMeansNoWarning() {
    assertThat(OomKillDisableRule.decide(ContainerResources.NONE, false).warnings()).isEmpty();
    assertThat(OomKillDisableRule.decide(ContainerResources.NONE, true).warnings()).isEmpty();
  }

  @Test
  void anUpdateKeepsTheSwitchAsDockerdsDoes() {
    var merged = new io.drydock.engine.container.ResourceUpdate(new ContainerResources(32L << 20, 64L << 20, 0, 0, 0, 0, 0, "", 0, false), null)
        .applyTo(OFF_BOUNDED);
    assertThat(merged.oomKillDisable()).isTrue();
  }

  @Test
  void everyCallerSaysWhetherTheOomKillerIsOffForNoConstructorDefaultsIt() {
    // the canonical one and the one without tuning: both take the switch
    assertThat(ContainerResources.class.getDeclaredConstructors()).hasSize(2)
        .allSatisfy(c -> assertThat(c.getParameterTypes()[9]).isEqualTo(boolean.class));
  }
}
