package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.wiring.WiringView;
import io.drydock.engine.network.port.PortMapping;
import io.drydock.engine.network.port.Protocol;
import io.drydock.engine.volume.MountType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The list's wiring filters: ports as Go's {@code nat.ParsePortRange} reads them, matched as dockerd 20.10 matches them. */
class WiringFilterTest {
  private static final WiringView WEB = new WiringView("default", List.of("/tmp:/hosttmp"), Map.of(), false, Set.of("8080/tcp", "9090/tcp"),
      List.of(new PortMapping(Protocol.TCP, 8080, PortMapping.ANY, 32768)), Map.of(), List.of(),
      List.of(new WiringView.MountView(MountType.BIND, "", "/tmp", "/hosttmp", "", false, "rprivate"),
          new WiringView.MountView(MountType.VOLUME, "data", "/v/data/_data", "/data", "z", true, "")), Optional.empty());

  @Test
  void portsAreOneNumberOrARangeTcpByDefault() {
    assertThat(WiringFilter.ports("publish", List.of("80"))).containsExactly("80/tcp");
    assertThat(WiringFilter.ports("expose", List.of("8000-8002/udp"))).containsExactlyInAnyOrder("8000/udp", "8001/udp", "8002/udp");
  }

  @Test
  void malformedPortsAreDockerds500() {
    assertThatThrownBy(() -> WiringFilter.ports("publish", List.of("abc"))).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("error while looking up for publish abc: strconv.ParseUint: parsing \"abc\": invalid syntax");
    assertThatThrownBy(() -> WiringFilter.ports("expose", List.of("80-")))
        .hasMessage("error while looking up for expose 80-: strconv.ParseUint: parsing \"\": invalid syntax");
    assertThatThrownBy(() -> WiringFilter.ports("expose", List.of("70000")))
        .hasMessage("error while looking up for expose 70000: strconv.ParseUint: parsing \"70000\": value out of range");
    assertThatThrownBy(() -> WiringFilter.ports("publish", List.of("90-80"))).hasMessageEndingWith("Invalid range specified for the Port: 90-80");
    assertThatThrownBy(() -> WiringFilter.ports("publish", List.of("1:2"))).hasMessage("filter for 'publish' should not contain ':': 1:2");
  }

  @Test
  void publishedAndExposedPortsMatchARunningContainerOnly() {
    assertThat(new WiringFilter(Map.of("publish", List.of("8080"))).test(Optional.of(WEB), true)).isTrue();
    assertThat(new WiringFilter(Map.of("publish", List.of("8080"))).test(Optional.of(WEB), false)).isFalse();
    assertThat(new WiringFilter(Map.of("publish", List.of("9090"))).test(Optional.of(WEB), true)).isFalse();
    assertThat(new WiringFilter(Map.of("expose", List.of("9000-9100"))).test(Optional.of(WEB), true)).isTrue();
    assertThat(new WiringFilter(Map.of("publish", List.of("8080/udp"))).test(Optional.of(WEB), true)).isFalse();
  }

  @Test
  void volumesMatchByNameSourceOfABindOrDestination() {
    for (String v : List.of("/hosttmp", "/tmp", "data", "/data")) {
      assertThat(new WiringFilter(Map.of("volume", List.of(v))).test(Optional.of(WEB), false)).as(v).isTrue();
    }
    assertThat(new WiringFilter(Map.of("volume", List.of("/v/data/_data"))).test(Optional.of(WEB), false)).isFalse();
  }

  @Test
  void withoutWiringKeysEverythingMatchesAndWithThemAnUnwiredContainerNothing() {
    assertThat(new WiringFilter(Map.of()).test(Optional.empty(), true)).isTrue();
    assertThat(new WiringFilter(Map.of("network", List.of("none"))).test(Optional.empty(), true)).isFalse();
  }
}
