package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stored settings keep every part through their changes (a wither that forgot one dropped it silently). */
class HostSettingsTest {
  @Test
  void changingTheNamespacesKeepsEverythingElse() {
    HostSettings s = new HostSettings(List.of("NET_ADMIN"), List.of("CHOWN"), true, true, true, Map.of("/run", "size=1m"),
        List.of(new HostSettings.Ulimit("nofile", 10, 20)), HostSettings.NetworkMode.NONE, 1024, 3, true, List.of("no-new-privileges"),
        "/parent", List.of("audio"), List.of(), List.of("c 1:3 r"), 1 << 20, NamespaceModes.of("host", "", "", ""),
        new KernelTuning(Map.of("kernel.shmmax", "1"), 200));
    NamespaceModes other = NamespaceModes.of("", "host", "host", "private");
    HostSettings changed = s.withNamespaces(other);
    assertThat(changed.namespaces()).isEqualTo(other);
    assertThat(changed).usingRecursiveComparison().ignoringFields("namespaces").isEqualTo(s);
  }
}
