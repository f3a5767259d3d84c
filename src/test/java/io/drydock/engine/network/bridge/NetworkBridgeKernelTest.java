package io.drydock.engine.network.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.network.BridgeOptions;
import io.drydock.engine.network.IpamPool;
import io.drydock.engine.network.NetworkCreate;
import io.drydock.engine.network.NetworkDefaults;
import io.drydock.engine.network.NetworkRecord;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.ipam.Subnet;
import io.drydock.engine.network.ipam.SubnetPool;
import io.drydock.testing.KernelTest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user network's Linux bridge lives as long as the network, as dockerd's: made at create (with
 * the gateway address), made again when a daemon starts and finds it gone, deleted at remove; a
 * refused create leaves none. Bridges {@code ddk-nb*} and subnets 10.213.6x.0/24 exist only here;
 * {@link #cleanUp} deletes them, also on failure.
 */
@KernelTest
class NetworkBridgeKernelTest {
  private static final List<String> BRIDGES = List.of("ddk-nb1", "ddk-nb2");
  @TempDir Path dir;
  private final IpCommand ip = new IpCommand();

  private Networks daemon() {
    return new Networks(dir.resolve("network"), new EventBus(), Clock.systemUTC(), new BridgeDriver(ip),
        NetworkDefaults.of(SubnetPool.dockerDefaults(), Subnet.parse("10.213.69.0/24")));
  }

  private static NetworkCreate request(String name, String bridge, String subnet) {
    return new NetworkCreate(name, "bridge", false, false, true, Map.of(), Map.of(BridgeOptions.NAME, bridge), List.of(new IpamPool(subnet, "", "")));
  }

  @AfterEach
  void cleanUp() {
    for (String br : BRIDGES) {
      if (ip.isBridge(br)) {
        ip.ip("link", "del", br);
      }
    }
  }

  @Test
  void theBridgeIsMadeAtCreateWithTheGatewayAndDeletedAtRemove() {
    Networks networks = daemon();
    NetworkRecord n = networks.create(request("ddk-nbnet", "ddk-nb1", "10.213.61.0/24"));
    assertThat(ip.isBridge(n.bridgeName())).as("bridge right after create").isTrue();
    assertThat(ip.ip("-o", "-4", "addr", "show", "dev", "ddk-nb1")).contains("inet 10.213.61.1/24");
    networks.remove("ddk-nbnet");
    assertThat(ip.linkExists("ddk-nb1")).isFalse();
  }

  @Test
  void aRefusedCreateLeavesNoBridge() {
    Networks networks = daemon();
    networks.create(request("ddk-nbnet", "ddk-nb1", "10.213.62.0/24"));
    assertThatThrownBy(() -> networks.create(request("ddk-nbover", "ddk-nb2", "10.213.62.0/24")))
        .isInstanceOf(DrydockException.Forbidden.class).hasMessage("Pool overlaps with other one on this address space");
    assertThat(ip.linkExists("ddk-nb2")).isFalse();
    networks.remove("ddk-nbnet");
  }

  @Test
  void aDaemonStartMakesAMissingBridgeAgainAndAStopDeletesAnUnusedOne() {
    Networks first = daemon();
    first.create(request("ddk-nbnet", "ddk-nb1", "10.213.63.0/24"));
    first.releaseUnusedBridges();
    assertThat(ip.linkExists("ddk-nb1")).as("deleted at daemon stop").isFalse();
    Networks second = daemon();
    assertThat(ip.isBridge("ddk-nb1")).as("made again at daemon start").isTrue();
    assertThat(ip.ip("-o", "-4", "addr", "show", "dev", "ddk-nb1")).contains("inet 10.213.63.1/24");
    second.remove("ddk-nbnet");
    assertThat(ip.linkExists("ddk-nb1")).isFalse();
  }
}
