package io.drydock.runtime.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.runtime.spec.CapabilityNames;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Docker's named sets agree with the runtime's kernel numbering. */
class CapabilityNamesTest {
  @Test
  void dockersAllIsTheKernelsCapabilitiesZeroToAuditRead() {
    assertThat(CapabilityNames.DOCKER_ALL)
        .containsExactlyElementsOf(Arrays.stream(Capability.values()).limit(Capability.CAP_AUDIT_READ.number() + 1L).map(Enum::name).toList());
  }

  @Test
  void dockersDefaultIsFourteenOfAll() {
    assertThat(CapabilityNames.DOCKER_DEFAULT).hasSize(14).doesNotHaveDuplicates();
    assertThat(CapabilityNames.DOCKER_ALL).containsAll(CapabilityNames.DOCKER_DEFAULT);
  }
}
