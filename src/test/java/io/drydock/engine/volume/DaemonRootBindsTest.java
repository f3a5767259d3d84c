package io.drydock.engine.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DaemonRootBindsTest {
  private static final String ROOT = "/var/lib/dd";

  @Test
  void aBindInOrAroundTheRootGetsRslave() {
    assertThat(DaemonRootBinds.apply(bind("/var/lib/dd/volumes", Optional.empty()), ROOT).propagation()).contains("rslave");
    assertThat(DaemonRootBinds.apply(bind("/var", Optional.empty()), ROOT).propagation()).contains("rslave");
    assertThat(DaemonRootBinds.apply(bind("/var/lib/d", Optional.empty()), ROOT).propagation()).as("a text prefix, as dockerd's").contains("rslave");
    assertThat(DaemonRootBinds.apply(bind("/var", Optional.of("rshared")), ROOT).propagation()).contains("rshared");
  }

  @Test
  void otherMountsAreLeftAlone() {
    assertThat(DaemonRootBinds.apply(bind("/etc", Optional.empty()), ROOT).propagation()).isEmpty();
    MountRequest volume = new MountRequest(MountType.VOLUME, "v", "/x", false, Optional.empty(), false, Map.of(), Map.of(), 0, 0, "z");
    assertThat(DaemonRootBinds.apply(volume, ROOT)).isEqualTo(volume);
  }

  @Test
  void anotherPropagationIsRefusedWithDockerdsMessage() {
    assertThatThrownBy(() -> DaemonRootBinds.apply(bind("/var", Optional.of("private")), ROOT)).hasMessage(
        "invalid mount config: must use either propagation mode \"rslave\" or \"rshared\" when mount source is within the daemon root, "
            + "daemon root: \"/var/lib/dd\", bind mount source: \"/var\", propagation: \"private\"");
  }

  private static MountRequest bind(String source, Optional<String> propagation) {
    return new MountRequest(MountType.BIND, source, "/x", false, propagation, false, Map.of(), Map.of(), 0, 0, "");
  }
}
