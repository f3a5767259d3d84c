package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The lifecycle table and its predicates agree with each other and with the OCI lifecycle. */
class ContainerStatusProperties {
  @Property
  void onlyACreatedContainerCanStartAndStartLeadsToRunning(@ForAll ContainerStatus s) {
    assertThat(s.canStart()).isEqualTo(s == ContainerStatus.CREATED);
    if (s.canStart()) {
      assertThat(s.canTransitionTo(ContainerStatus.RUNNING)).isTrue();
    }
  }

  @Property
  void whatCanBeKilledCanStopAndAStoppedContainerGoesNowhere(@ForAll ContainerStatus s, @ForAll ContainerStatus next) {
    if (s.canKill()) {
      assertThat(s.canTransitionTo(ContainerStatus.STOPPED)).isTrue();
    }
    if (s == ContainerStatus.STOPPED) {
      assertThat(s.canTransitionTo(next)).isFalse();
      assertThat(s.canKill()).isFalse();
      assertThat(s.canDelete()).isTrue();
    }
    assertThat(s.canTransitionTo(s)).isFalse();
  }

  @Property
  void everyRefusalIsAMessage(@ForAll ContainerStatus s) {
    for (String op : new String[] {"start", "kill", "exec", "delete"}) {
      assertThat(s.refusal(op)).isNotBlank().doesNotContain("null");
    }
    assertThat(ContainerStatus.STOPPED.refusal("start")).isEqualTo("cannot start a container that has stopped");
  }
}
