package io.drydock.engine.network.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.engine.network.ipam.Ipv4;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortSpecsTest {
  @Test
  void parsesTheApiShapeOfPortBindings() {
    List<PortRequest> r = PortSpecs.parse(Map.of("80/tcp", List.of(new PortSpecs.HostBinding("127.0.0.1", "8080"))));
    assertThat(r).containsExactly(new PortRequest(Protocol.TCP, 80, Ipv4.parse("127.0.0.1"), 8080, 8080));
    assertThat(PortSpecs.parse(Map.of("53/udp", List.of(new PortSpecs.HostBinding("", "")))))
        .containsExactly(new PortRequest(Protocol.UDP, 53, PortMapping.ANY, 0, 0));
    assertThat(PortSpecs.parse(Map.of("80", List.of(new PortSpecs.HostBinding(null, "8000-8010")))))
        .containsExactly(new PortRequest(Protocol.TCP, 80, PortMapping.ANY, 8000, 8010));
  }

  @Test
  void refusesBadSpecsWithDockerdsWords() {
    assertThatThrownBy(() -> PortSpecs.parse(Map.of("abc/tcp", List.of()))).hasMessage("invalid port specification: \"abc/tcp\"");
    assertThatThrownBy(() -> PortSpecs.parse(Map.of("80/sctpx", List.of()))).hasMessage("invalid proto: sctpx");
    assertThatThrownBy(() -> PortSpecs.parse(Map.of("80/tcp", List.of(new PortSpecs.HostBinding("", "70000"))))).hasMessage("invalid hostPort: 70000");
    assertThatThrownBy(() -> PortSpecs.parse(Map.of("80/tcp", List.of(new PortSpecs.HostBinding("x.y", "1"))))).hasMessage("invalid IP address: x.y");
  }

  @Test
  void publishAllAddsEphemeralPortsForExposedPortsWithoutBinding() {
    List<PortRequest> explicit = PortSpecs.parse(Map.of("80/tcp", List.of(new PortSpecs.HostBinding("127.0.0.1", "8080"))));
    Ipv4 lo = Ipv4.parse("127.0.0.1");
    assertThat(PortSpecs.publishAll(List.of("80/tcp", "53/udp", "443"), explicit, lo)).containsExactly(
        new PortRequest(Protocol.TCP, 80, lo, 8080, 8080),
        new PortRequest(Protocol.TCP, 443, lo, 0, 0),
        new PortRequest(Protocol.UDP, 53, lo, 0, 0));
  }

  @Test
  void aTakenPortIsAClearConflict() {
    PortAllocator ports = PortAllocator.dockerDefault();
    PortRequest r = new PortRequest(Protocol.TCP, 80, Ipv4.parse("127.0.0.1"), 8080, 8080);
    ports.allocate(r);
    assertThatThrownBy(() -> ports.allocate(r)).hasMessage("Bind for 127.0.0.1:8080 failed: port is already allocated");
  }
}
