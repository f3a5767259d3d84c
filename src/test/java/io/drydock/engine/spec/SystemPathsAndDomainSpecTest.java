package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.engine.container.ContainerConfig;
import io.drydock.engine.container.ContainerResources;
import io.drydock.runtime.spec.Spec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code Config.Domainname} and {@code HostConfig.MaskedPaths}/{@code ReadonlyPaths} in the spec, as dockerd 20.10 writes them. */
class SystemPathsAndDomainSpecTest {
  private static HostSettings host(boolean privileged, NamespaceModes modes, SystemPaths paths) {
    return HostSettings.builder().privileged(privileged).networkMode(HostSettings.NetworkMode.NONE).namespaces(modes).systemPaths(paths)
        .build();
  }

  private static Spec build(HostSettings host, String domain) {
    ContainerConfig config = new ContainerConfig("/bin/true", List.of(), List.of(), "", "", "", false, false, false, Map.of(), null, null, null,
        null, domain);
    return OciSpecBuilder.build(new SpecInput(SpecFixtures.container(config, ContainerResources.NONE), host, ResolvedUser.ROOT,
        Path.of("/r/rootfs"), Map.of()));
  }

  @Test
  void theDomainNameIsTheUtsNamespacesAndNoneWithTheHostsUts() {
    assertThat(build(host(false, NamespaceModes.DEFAULT, SystemPaths.DEFAULT), "example.com").domainname()).isEqualTo("example.com");
    assertThat(build(host(false, NamespaceModes.DEFAULT, SystemPaths.DEFAULT), "").domainname()).isNull();
    assertThat(build(host(false, NamespaceModes.of("", "", "host", ""), SystemPaths.DEFAULT), "example.com").domainname()).isNull();
  }

  @Test
  void sentPathsReplaceDockersAndAnEmptyListUnmasksAll() {
    Spec s = build(host(false, NamespaceModes.DEFAULT, new SystemPaths(List.of("/proc/keys"), List.of())), "");
    assertThat(s.linux().maskedPaths()).containsExactly("/proc/keys");
    assertThat(s.linux().readonlyPaths()).isEmpty();
  }

  @Test
  void unsentPathsAreDockersUnlessPrivilegedAndSentOnesApplyEvenThen() {
    Spec plain = build(host(false, NamespaceModes.DEFAULT, SystemPaths.DEFAULT), "");
    assertThat(plain.linux().maskedPaths()).isEqualTo(OciSpecBuilder.maskedPaths());
    assertThat(plain.linux().readonlyPaths()).isEqualTo(OciSpecBuilder.readonlyPaths());
    Spec privileged = build(host(true, NamespaceModes.DEFAULT, SystemPaths.DEFAULT), "");
    assertThat(privileged.linux().maskedPaths()).isNull();
    assertThat(privileged.linux().readonlyPaths()).isNull();
    Spec privilegedSent = build(host(true, NamespaceModes.DEFAULT, new SystemPaths(List.of("/proc/keys"), null)), "");
    assertThat(privilegedSent.linux().maskedPaths()).containsExactly("/proc/keys");
    assertThat(privilegedSent.linux().readonlyPaths()).isNull();
  }
}
