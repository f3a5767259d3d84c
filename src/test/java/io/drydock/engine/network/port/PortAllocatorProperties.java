package io.drydock.engine.network.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ipam.Ipv4;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PortAllocatorProperties {
  private static final List<Ipv4> IPS = List.of(PortMapping.ANY, Ipv4.parse("127.0.0.1"), Ipv4.parse("127.0.0.2"));

  /** Request kinds: port 0 = ephemeral, 1000..1004 fixed; negative = release the n-th live mapping. */
  @Provide
  Arbitrary<List<int[]>> actions() {
    return Arbitraries.integers().between(-5, 5).flatMap(kind ->
        Arbitraries.integers().between(0, 2).map(ip -> new int[] {kind, ip})).list().ofMaxSize(150);
  }

  @Property
  void neverTwoLiveMappingsCollide(@ForAll("actions") List<int[]> actions) {
    PortAllocator ports = new PortAllocator(40000, 40007);
    List<PortMapping> live = new ArrayList<>();
    for (int[] a : actions) {
      if (a[0] < 0 && !live.isEmpty()) {
        PortMapping gone = live.remove(-a[0] % live.size());
        ports.release(gone);
        continue;
      }
      int port = a[0] <= 0 ? 0 : 999 + a[0];
      Ipv4 ip = IPS.get(a[1]);
      PortRequest request = new PortRequest(Protocol.TCP, 80, ip, port, port);
      boolean free = port != 0 && live.stream().noneMatch(m -> clash(m, ip, port));
      long freeEphemeral = java.util.stream.IntStream.rangeClosed(40000, 40007).filter(p -> live.stream().noneMatch(m -> clash(m, ip, p))).count();
      if (port == 0 ? freeEphemeral > 0 : free) {
        PortMapping got = ports.allocate(request);
        assertThat(live).noneMatch(m -> clash(m, got.hostIp(), got.hostPort()));
        if (port == 0) {
          assertThat(got.hostPort()).isBetween(40000, 40007);
        } else {
          assertThat(got.hostPort()).isEqualTo(port);
        }
        live.add(got);
      } else {
        assertThatThrownBy(() -> ports.allocate(request)).isInstanceOfAny(DrydockException.Conflict.class, DrydockException.Unavailable.class);
      }
    }
  }

  private static boolean clash(PortMapping m, Ipv4 ip, int port) {
    return m.hostPort() == port && (m.hostIp().equals(ip) || m.hostIp().equals(PortMapping.ANY) || ip.equals(PortMapping.ANY));
  }
}
