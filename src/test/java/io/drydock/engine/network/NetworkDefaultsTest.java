package io.drydock.engine.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.engine.network.ipam.Subnet;
import io.drydock.engine.network.ipam.SubnetPool;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The daemon's network defaults as one value: what is assumed when an option is not given. */
class NetworkDefaultsTest {
  @Test
  void withoutOptionsTheSharedBridgeIsUsedAndNoRouteIsAvoided() {
    NetworkDefaults d = NetworkDefaults.of(SubnetPool.dockerDefaults(), SubnetPool.DEFAULT_BRIDGE);
    assertThat(d.bridgeName()).isEqualTo("dd0");
    assertThat(d.hostRoutes()).isEmpty();
    assertThat(d.defaultBridge()).isEqualTo(SubnetPool.DEFAULT_BRIDGE);
  }

  @Test
  void hostRoutesAreACopyTheCallerCannotChangeLater() {
    List<Subnet> routes = new ArrayList<>(List.of(Subnet.parse("172.17.0.0/16")));
    NetworkDefaults d = NetworkDefaults.of(SubnetPool.dockerDefaults(), SubnetPool.DEFAULT_BRIDGE).withHostRoutes(routes);
    routes.add(Subnet.parse("172.18.0.0/16"));
    assertThat(d.hostRoutes()).containsExactly(Subnet.parse("172.17.0.0/16"));
    assertThatThrownBy(() -> d.hostRoutes().add(Subnet.parse("10.0.0.0/8"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(d.bridgeName()).as("the rest is kept").isEqualTo("dd0");
  }
}
