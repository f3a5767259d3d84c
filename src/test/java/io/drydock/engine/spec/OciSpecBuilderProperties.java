package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.engine.container.ContainerResources;
import io.drydock.runtime.spec.Namespace;
import io.drydock.runtime.spec.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The spec's isolation follows the HostConfig, for any combination of its switches. */
class OciSpecBuilderProperties {
  @Provide
  Arbitrary<List<String>> capNames() {
    Arbitrary<String> name = Arbitraries.of(Capabilities.ALL).map(c -> Arbitraries.integers().between(0, 2).sample() == 0 ? c.substring(4).toLowerCase() : c);
    return name.list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<HostSettings.NetworkMode> modes() {
    return Arbitraries.of(HostSettings.NetworkMode.class);
  }

  @Property(tries = 300)
  void capabilitiesAreDefaultsPlusAddsMinusDrops(@ForAll("capNames") List<String> add, @ForAll("capNames") List<String> drop,
      @ForAll boolean privileged, @ForAll boolean readonly, @ForAll("modes") HostSettings.NetworkMode mode) {
    Spec s = OciSpecBuilder.build(SpecFixtures.input(SpecFixtures.host(add, drop, privileged, readonly, mode), ContainerResources.NONE));
    List<String> caps = s.process().capabilities().bounding();
    assertThat(s.process().capabilities().effective()).isEqualTo(caps);
    assertThat(s.process().capabilities().permitted()).isEqualTo(caps);
    if (privileged) {
      assertThat(caps).containsExactlyElementsOf(Capabilities.ALL);
      assertThat(s.linux().maskedPaths()).isNull();
      assertThat(s.linux().readonlyPaths()).isNull();
    } else {
      Set<String> expected = new HashSet<>(Capabilities.DEFAULT);
      Set<String> adds = norm(add);
      Set<String> drops = norm(drop);
      expected.addAll(adds);
      drops.stream().filter(d -> !adds.contains(d)).forEach(expected::remove);
      assertThat(caps).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(s.linux().maskedPaths()).containsAll(OciSpecBuilder.MASKED);
      assertThat(s.linux().readonlyPaths()).containsAll(OciSpecBuilder.READONLY);
    }
    assertThat(s.root().readonly()).isEqualTo(readonly);
    List<String> ns = new ArrayList<>(s.linux().namespaces().stream().map(Namespace::type).toList());
    assertThat(ns).contains("mount", "pid", "ipc", "uts");
    assertThat(ns.contains("network")).isEqualTo(mode != HostSettings.NetworkMode.HOST);
  }

  private static Set<String> norm(List<String> names) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      String u = n.toUpperCase();
      out.add(u.startsWith("CAP_") ? u : "CAP_" + u);
    }
    return out;
  }
}
