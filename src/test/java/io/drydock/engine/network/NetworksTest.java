package io.drydock.engine.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.ipam.Subnet;
import io.drydock.engine.network.ipam.SubnetPool;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworksTest {
  @TempDir Path dir;

  private Networks networks() {
    return new Networks(dir, new EventBus(), Clock.systemUTC(), NetworkDriver.NOTHING, NetworkDefaults.of(SubnetPool.dockerDefaults(), SubnetPool.DEFAULT_BRIDGE));
  }

  private static NetworkCreate create(String name, String subnet) {
    return new NetworkCreate(name, "bridge", false, false, true, Map.of("k", "v"), Map.of(),
        subnet.isEmpty() ? List.of() : List.of(new IpamPool(subnet, "", "")));
  }

  /** As dockerd on a user network: a --link alias is a DNS name for the linking container only. */
  @Test
  void aLinkAliasResolvesToItsTargetForTheLinkingContainerAlone() {
    Networks n = networks();
    n.create(create("lnet", "10.77.0.0/24"));
    String target = "a".repeat(64);
    String user = "b".repeat(64);
    String other = "c".repeat(64);
    EndpointRecord t = n.attach("lnet", target, "db", List.of(), Optional.empty());
    n.attach("lnet", user, "web", List.of(), Optional.empty());
    n.attach("lnet", other, "third", List.of(), Optional.empty());
    n.plug(Sandbox.host(target));
    n.linkAliases(user, List.of("db:Data"));
    assertThat(n.resolve(user, "data")).extracting(Object::toString).containsExactly(t.ipv4());
    assertThat(n.resolve(user, "db")).extracting(Object::toString).containsExactly(t.ipv4());
    assertThat(n.resolve(other, "data")).isEmpty();
    n.linkAliases(user, List.of());
    assertThat(n.resolve(user, "data")).isEmpty();
  }

  /**
   * {@code docker network connect --link db:data}: the endpoint keeps the link; the alias resolves
   * for that container only, to the running target's address of the moment (dockerd answers live,
   * so an address change shows at once; a stopped target is not found), and goes with the endpoint.
   */
  @Test
  void aLinkGivenAtConnectResolvesLiveForTheConnectedContainerUntilItDisconnects() {
    Networks n = networks();
    n.create(create("cnet", "10.78.0.0/24"));
    String target = "d".repeat(64);
    String user = "e".repeat(64);
    String other = "f".repeat(64);
    n.containersFrom(ref -> Optional.of(new ContainerLookup.ContainerRef(ref, ref.equals(target) ? "db" : ref.substring(0, 3))));
    n.attach("cnet", target, "db", List.of(), Optional.empty());
    n.attach("cnet", other, "third", List.of(), Optional.empty());
    n.plug(Sandbox.host(target));
    n.connect("cnet", user, List.of(), Optional.empty(), List.of("db:data"));
    assertThat(n.endpointsOf(user).values()).extracting(EndpointRecord::links).containsExactly(List.of("db:data"));
    assertThat(networks().endpointsOf(user).values()).as("kept with the network").extracting(EndpointRecord::links)
        .containsExactly(List.of("db:data"));
    assertThat(n.resolve(user, "DATA")).extracting(Object::toString).containsExactly("10.78.0.2");
    assertThat(n.resolve(other, "data")).isEmpty();
    n.unplug(target);
    assertThat(n.resolve(user, "data")).as("a stopped target is not found").isEmpty();
    n.detach("cnet", target);
    n.attach("cnet", target, "db", List.of(), Optional.of(Ipv4.parse("10.78.0.77")));
    n.plug(Sandbox.host(target));
    assertThat(n.resolve(user, "data")).extracting(Object::toString).containsExactly("10.78.0.77");
    n.disconnect("cnet", user);
    assertThat(n.resolve(user, "data")).isEmpty();
  }

  @Test
  void predefinedNetworksExistAndCannotBeRemoved() {
    Networks n = networks();
    assertThat(n.list(NetworkFilter.none())).extracting(NetworkRecord::name).containsExactly("bridge", "host", "none");
    assertThat(n.inspect("bridge").bridgeName()).isEqualTo("dd0");
    assertThat(n.inspect("bridge").ipam().get(0).subnet()).isEqualTo("172.17.0.0/16");
    assertThatThrownBy(() -> n.remove("host")).isInstanceOf(DrydockException.Forbidden.class)
        .hasMessage("host is a pre-defined network and cannot be removed");
    assertThat(networks().inspect("bridge").id()).isEqualTo(n.inspect("bridge").id());
  }

  @Test
  void createLookupByNameIdAndPrefix() {
    Networks n = networks();
    NetworkRecord r = n.create(create("mynet", ""));
    assertThat(r.ipam().get(0).subnet()).isEqualTo("172.18.0.0/16");
    assertThat(r.bridgeName()).isEqualTo("dd-" + r.id().substring(0, 12));
    assertThat(n.inspect("mynet")).isEqualTo(r);
    assertThat(n.inspect(r.id().substring(0, 10))).isEqualTo(r);
    assertThatThrownBy(() -> n.create(create("mynet", ""))).isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("network with name mynet already exists");
    assertThatThrownBy(() -> n.inspect("nope")).isInstanceOf(DrydockException.NotFound.class).hasMessage("network nope not found");
    assertThat(n.create(create("other", "")).ipam().get(0).subnet()).isEqualTo("172.19.0.0/16");
  }

  @Test
  void withoutCheckDuplicateANameRepeatsAndLookupsByItAreAmbiguous() {
    Networks n = networks();
    NetworkRecord first = n.create(create("twin", ""));
    assertThat(n.nameTakenWarning("twin")).isEqualTo("Network with name twin (id : " + first.id() + ") already exists");
    NetworkRecord second = n.create(new NetworkCreate("twin", "bridge", false, false, false, Map.of(), Map.of(), List.of()));
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(n.nameTakenWarning("twin")).contains(first.id());
    assertThatThrownBy(() -> n.remove("twin")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("network twin is ambiguous (2 matches found based on name)");
    assertThatThrownBy(() -> n.describe("twin")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("2 matches found based on name: network twin is ambiguous");
    n.remove(second.id());
    assertThat(n.describe("twin")).isEqualTo(first);
    assertThat(n.nameTakenWarning("free")).isEmpty();
  }

  @Test
  void overlappingAndBadSubnetsAreRefusedAndChangeNothing() {
    Networks n = networks();
    n.create(create("a1", "10.213.0.0/24"));
    assertThatThrownBy(() -> n.create(create("a2", "10.213.0.0/16"))).hasMessage("Pool overlaps with other one on this address space");
    assertThatThrownBy(() -> n.create(create("a3", "10.214.0.0/33"))).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Invalid subnet 10.214.0.0/33 : invalid CIDR address: 10.214.0.0/33");
    assertThatThrownBy(() -> n.create(new NetworkCreate("a4", "bridge", false, false, true, Map.of(), Map.of(),
        List.of(new IpamPool("10.215.0.0/24", "10.216.0.1", ""))))).hasMessageContaining("invalid gateway");
    assertThat(n.list(NetworkFilter.none())).hasSize(4);
  }

  @Test
  void aSubnetWithHostBitsIsKeptAsWrittenAndAllocatesFromItsBlock() {
    Networks n = networks();
    NetworkRecord r = n.create(create("hostbits", "10.214.0.1/24"));
    assertThat(r.ipam().get(0).subnet()).isEqualTo("10.214.0.1/24");
    EndpointRecord ep = n.attach("hostbits", "c1", "one", List.of(), Optional.empty());
    assertThat(ep.ipv4()).isEqualTo("10.214.0.2");
    assertThat(ep.gateway()).isEqualTo("10.214.0.1");
    assertThatThrownBy(() -> n.create(create("inside", "10.214.0.128/25"))).hasMessage("Pool overlaps with other one on this address space");
  }

  @Test
  void fixedAddressesFollowDockerdsRules() {
    Networks n = networks();
    n.create(create("chosen", "10.213.9.0/24"));
    n.create(create("auto", ""));
    for (String reserved : List.of("10.213.9.0", "10.213.9.1", "10.213.9.255")) {
      assertThatThrownBy(() -> n.attach("chosen", "c1", "one", List.of(), Optional.of(Ipv4.parse(reserved))))
          .isInstanceOf(DrydockException.Forbidden.class).hasMessage("Address already in use");
    }
    assertThatThrownBy(() -> n.attach("chosen", "c1", "one", List.of(), Optional.of(Ipv4.parse("10.213.10.50"))))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("Invalid address 10.213.10.50: It does not belong to any of this network's subnets");
    assertThatThrownBy(() -> n.attach("auto", "c1", "one", List.of(), Optional.of(Ipv4.parse("172.18.0.50"))))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("user specified IP address is supported only when connecting to networks with user configured subnets");
    assertThatThrownBy(() -> Networks.refuseIpv6Address("::1")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("user specified IP address is supported only when connecting to networks with user configured subnets");
    assertThat(n.endpointsOf("c1")).isEmpty();
    assertThat(networks().inspect("auto").subnetChosenByUser()).isFalse();
    assertThat(networks().inspect("chosen").subnetChosenByUser()).isTrue();
  }

  @Test
  void atCreateAnImpossibleFixedAddressWaitsForTheStartToBeRefused() {
    Networks n = networks();
    NetworkRecord r = n.create(create("later", "10.213.11.0/24"));
    n.attachAtCreate("later", "c1", "one", List.of("db"), Optional.of(Ipv4.parse("10.213.11.1")), Optional.empty());
    n.attachAtCreate("later", "c2", "two", List.of(), Optional.of(Ipv4.parse("10.213.11.9")), Optional.empty());
    assertThat(n.endpointsOf("c1")).isEmpty();
    assertThat(n.endpointsOf("c2").values()).extracting(EndpointRecord::ipv4).containsExactly("10.213.11.9");
    assertThat(n.removedOf("c1")).containsExactly(new Membership("later", r.id(), "one", List.of("db"), "10.213.11.1"));
    Networks reloaded = networks();
    assertThatThrownBy(() -> reloaded.plug(Sandbox.host("c1"))).isInstanceOf(DrydockException.Forbidden.class)
        .hasMessage("Address already in use");
    reloaded.unplug("c1");
    assertThat(reloaded.endpointsOf("c1")).isEmpty();
    assertThat(reloaded.removedOf("c1")).hasSize(1);

    reloaded.containersFrom(ref -> Optional.of(new ContainerLookup.ContainerRef(ref, ref)));
    reloaded.connect("later", "c3", List.of(), Optional.of(Ipv4.parse("10.213.12.5")));
    assertThat(reloaded.removedOf("c3")).extracting(Membership::ipv4).containsExactly("10.213.12.5");
    assertThatThrownBy(() -> reloaded.plug(Sandbox.host("c3"))).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("Invalid address 10.213.12.5: It does not belong to any of this network's subnets");
  }

  @Test
  void aFixedAddressARunningContainerHoldsIsRefusedAtStartAndAStoppedOnesYields() {
    Networks n = networks();
    n.create(create("taken", "10.213.13.0/24"));
    n.attach("taken", "c1", "one", List.of(), Optional.of(Ipv4.parse("10.213.13.5")));
    n.plug(Sandbox.host("c1"));
    n.attachAtCreate("taken", "c2", "two", List.of(), Optional.of(Ipv4.parse("10.213.13.5")), Optional.empty());
    assertThat(n.endpointsOf("c2")).isEmpty();
    assertThatThrownBy(() -> n.plug(Sandbox.host("c2"))).isInstanceOf(DrydockException.Forbidden.class).hasMessage("Address already in use");
    n.unplug("c2");
    assertThat(n.endpointsOf("c2")).isEmpty();

    n.unplug("c1");
    n.plug(Sandbox.host("c2"));
    assertThat(n.endpointsOf("c2").values()).extracting(EndpointRecord::ipv4).containsExactly("10.213.13.5");
    assertThat(n.endpointsOf("c1")).as("the stopped holder left for a membership").isEmpty();
    assertThat(networks().removedOf("c1")).singleElement().satisfies(m -> {
      assertThat(m.network()).isEqualTo("taken");
      assertThat(m.ipv4()).as("its own fixed address, asked for again at its next start").isEqualTo("10.213.13.5");
    });
    assertThatThrownBy(() -> n.plug(Sandbox.host("c1"))).isInstanceOf(DrydockException.Forbidden.class).hasMessage("Address already in use");
    n.unplug("c1");
    n.unplug("c2");
    n.plug(Sandbox.host("c1"));
    assertThat(n.endpointsOf("c1").values()).extracting(EndpointRecord::ipv4, EndpointRecord::requestedIpv4)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("10.213.13.5", "10.213.13.5"));
  }

  @Test
  void aRecordWrittenBeforeUserSubnetWasKeptStillAllowsFixedAddresses() throws Exception {
    Networks n = networks();
    NetworkRecord r = n.create(create("old", ""));
    Path file = dir.resolve(r.id() + ".json");
    java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replaceAll(",?\\s*\"userSubnet\"\\s*:\\s*false", ""));
    assertThat(java.nio.file.Files.readString(file)).doesNotContain("userSubnet");
    assertThat(networks().attach("old", "c1", "one", List.of(), Optional.of(Ipv4.parse("172.18.0.50"))).ipv4()).isEqualTo("172.18.0.50");
  }

  @Test
  void aBridgeNameIsTakenFromTheOptionsAndMayNotBeShared() {
    Networks n = networks();
    NetworkRecord first = n.create(new NetworkCreate("br1", "bridge", false, false, true, Map.of(), Map.of(BridgeOptions.NAME, "mybr"), List.of()));
    assertThat(first.bridgeName()).isEqualTo("mybr");
    assertThat(first.options()).containsEntry(BridgeOptions.NAME, "mybr");
    assertThatThrownBy(() -> n.create(new NetworkCreate("br2", "bridge", false, false, true, Map.of(), Map.of(BridgeOptions.NAME, "mybr"), List.of())))
        .isInstanceOf(DrydockException.Forbidden.class)
        .hasMessageStartingWith("cannot create network ")
        .hasMessageEndingWith(" (mybr): conflicts with network " + first.id() + " (mybr): networks have same bridge name");
    assertThatThrownBy(() -> n.create(new NetworkCreate("br3", "bridge", false, false, true, Map.of(), Map.of(BridgeOptions.NAME, "dd0"), List.of())))
        .isInstanceOf(DrydockException.Forbidden.class).hasMessageContaining("networks have same bridge name");
    assertThatThrownBy(() -> n.create(new NetworkCreate("br4", "bridge", false, false, true, Map.of(), Map.of(BridgeOptions.MTU, "x"), List.of())))
        .isInstanceOf(DrydockException.SystemError.class);
    assertThat(n.list(NetworkFilter.none())).extracting(NetworkRecord::name).containsExactly("br1", "bridge", "host", "none");
  }

  @Test
  void endpointsGetAddressesAndBlockRemoval() {
    Networks n = networks();
    NetworkRecord r = n.create(create("net1", "10.213.1.0/24"));
    EndpointRecord a = n.attach("net1", "c1", "one", List.of("db"), Optional.empty());
    EndpointRecord b = n.attach("net1", "c2", "two", List.of(), Optional.of(Ipv4.parse("10.213.1.50")));
    assertThat(a.ipv4()).isEqualTo("10.213.1.2");
    assertThat(a.gateway()).isEqualTo("10.213.1.1");
    assertThat(a.mac()).isEqualTo("02:42:0a:d5:01:02");
    assertThat(b.ipv4()).isEqualTo("10.213.1.50");
    NetworkFilter dangling = new NetworkFilter(Map.of("dangling", List.of("true")));
    assertThat(n.list(dangling)).as("no container runs on it").extracting(NetworkRecord::name).containsExactly("net1");
    assertThat(n.runningEndpoints(r.id())).isEmpty();
    n.plug(Sandbox.host("c1"));
    assertThatThrownBy(() -> n.attach("net1", "c3", "three", List.of(), Optional.of(Ipv4.parse("10.213.1.2"))))
        .as("a running container's address").isInstanceOf(DrydockException.Forbidden.class).hasMessage("Address already in use");
    assertThat(n.list(dangling)).isEmpty();
    assertThat(n.runningEndpoints(r.id())).extracting(EndpointRecord::containerId).containsExactly("c1");
    assertThatThrownBy(() -> n.remove("net1")).isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("error while removing network: network net1 id " + r.id() + " has active endpoints");
    n.unplug("c1");
    Networks reloaded = networks();
    assertThat(reloaded.endpoints(r.id())).extracting(EndpointRecord::ipv4).containsExactlyInAnyOrder("10.213.1.2", "10.213.1.50");
    assertThat(reloaded.attach("net1", "c3", "three", List.of(), Optional.of(Ipv4.parse("10.213.1.2"))).ipv4())
        .as("a stopped container's address yields to a start that asks for it").isEqualTo("10.213.1.2");
    assertThat(reloaded.removedOf("c1")).singleElement().extracting(Membership::ipv4).as("its address was the network's choice").isEqualTo("");
    n.detach("net1", "c1");
    n.detach("net1", "c2");
    assertThat(n.prune(Map.of("label", List.of("k=v")))).containsExactly("net1");
    assertThatThrownBy(() -> n.inspect("net1")).isInstanceOf(DrydockException.NotFound.class);
  }

  @Test
  void pruneKeepsWhatLabelNotOrUntilExcludeAndRefusesOtherFilters() {
    Networks n = networks();
    n.create(create("labelled", "10.213.3.0/24"));
    n.create(new NetworkCreate("plain", "bridge", false, false, true, Map.of(), Map.of(), List.of(new IpamPool("10.213.4.0/24", "", ""))));
    assertThatThrownBy(() -> n.prune(Map.of("bogus", List.of("1")))).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Invalid filter 'bogus'");
    assertThatThrownBy(() -> n.prune(Map.of("until", List.of("bogus")))).isInstanceOf(DrydockException.SystemError.class);
    assertThat(n.prune(Map.of("until", List.of("1h")))).as("both are younger than an hour").isEmpty();
    assertThat(n.prune(Map.of("label!", List.of("k=v")))).containsExactly("plain");
    assertThat(n.prune(Map.of("until", List.of("-1h")))).containsExactly("labelled");
  }

  @Test
  void aNetworkOfStoppedContainersCanBeRemovedAndTheirNextStartNeedsItBack() {
    Networks n = networks();
    NetworkRecord r = n.create(create("gone", "10.213.2.0/24"));
    n.attach("gone", "c1", "one", List.of("db"), Optional.empty());
    n.attach("bridge", "c1", "one", List.of(), Optional.empty());
    assertThat(n.prune(Map.of())).as("prune, like rm, looks only at running containers").containsExactly("gone");
    assertThat(n.endpointsOf("c1").keySet()).extracting(NetworkRecord::name).containsExactly("bridge");
    assertThatThrownBy(() -> n.inspect(r.id())).isInstanceOf(DrydockException.NotFound.class);

    Networks reloaded = networks();
    assertThatThrownBy(() -> reloaded.plug(Sandbox.host("c1"))).isInstanceOf(DrydockException.NotFound.class)
        .hasMessage("network gone not found");
    reloaded.unplug("c1");
    NetworkRecord again = reloaded.create(create("gone", "10.213.3.0/24"));
    reloaded.plug(Sandbox.host("c1"));
    assertThat(reloaded.endpoints(again.id())).singleElement().satisfies(ep -> {
      assertThat(ep.containerName()).isEqualTo("one");
      assertThat(ep.aliases()).as("the start names it by its short id too").containsExactly("db", "c1");
      assertThat(ep.ipv4()).startsWith("10.213.3.");
    });
    reloaded.unplug("c1");
    reloaded.remove("gone");
    reloaded.forgetRemoved("c1");
    reloaded.create(create("gone", "10.213.4.0/24"));
    reloaded.plug(Sandbox.host("c1"));
    assertThat(reloaded.endpointsOf("c1").keySet()).as("a removed container's memberships are forgotten").extracting(NetworkRecord::name)
        .containsExactly("bridge");
  }

  @Test
  void aUserNetworksEndpointGetsTheShortIdAsAnAliasAtTheStartOrAConnectNotAtCreate() {
    Networks n = networks();
    String id = "0123456789ab" + "c".repeat(52);
    n.containersFrom(ref -> Optional.of(new ContainerLookup.ContainerRef(id, "one")));
    NetworkRecord user = n.create(create("u1", "10.213.7.0/24"));
    NetworkRecord other = n.create(create("u2", "10.213.8.0/24"));
    n.attachAtCreate("u1", id, "one", List.of("db"), Optional.empty(), Optional.empty());
    n.attachAtCreate("bridge", id, "one", List.of(), Optional.empty(), Optional.empty());
    assertThat(n.endpoints(user.id())).singleElement().extracting(EndpointRecord::aliases).isEqualTo(List.of("db"));

    n.connect("u2", id, List.of("x", "0123456789ab"), Optional.empty());
    assertThat(n.endpoints(other.id())).singleElement().extracting(EndpointRecord::aliases)
        .as("a connect names it at once, once").isEqualTo(List.of("x", "0123456789ab"));

    n.plug(Sandbox.host(id));
    n.plug(Sandbox.host(id));
    assertThat(networks().endpoints(user.id())).singleElement().extracting(EndpointRecord::aliases)
        .as("kept with the network, added once").isEqualTo(List.of("db", "0123456789ab"));
    assertThat(n.endpointsOf(id).entrySet()).filteredOn(e -> e.getKey().name().equals("bridge")).singleElement()
        .satisfies(e -> assertThat(e.getValue().aliases()).as("never on a predefined network").isEmpty());
  }

  @Test
  void defaultBridgeRefusesAliasesAndFixedAddresses() {
    Networks n = networks();
    assertThatThrownBy(() -> n.attach("bridge", "c1", "one", List.of("x"), Optional.empty()))
        .hasMessage("network-scoped alias is supported only for containers in user defined networks");
    assertThatThrownBy(() -> n.attach("bridge", "c1", "one", List.of(), Optional.of(Ipv4.parse("172.17.0.9"))))
        .hasMessage("user specified IP address is supported on user defined networks only");
    assertThat(Subnet.parse(n.inspect("bridge").ipam().get(0).subnet()).contains(Ipv4.parse(n.attach("bridge", "c1", "one", List.of(), Optional.empty()).ipv4()))).isTrue();
  }

  @Test
  void poolsAvoidSubnetsTheHostRoutes() {
    List<Subnet> routes = HostRoutes.parse("""
        Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
        eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0
        docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
        br1\t000012AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
        """);
    assertThat(routes).containsExactly(Subnet.parse("172.17.0.0/16"), Subnet.parse("172.18.0.0/16"));
    Networks n = new Networks(dir, new EventBus(), Clock.systemUTC(), NetworkDriver.NOTHING,
        NetworkDefaults.of(SubnetPool.dockerDefaults(), SubnetPool.DEFAULT_BRIDGE).withHostRoutes(routes));
    assertThat(n.inspect("bridge").ipam().get(0).subnet()).isEqualTo("172.19.0.0/16");
    assertThat(n.create(create("x1", "")).ipam().get(0).subnet()).isEqualTo("172.20.0.0/16");
  }

  @Test
  void filters() {
    Networks n = networks();
    n.create(create("web", ""));
    assertThat(n.list(new NetworkFilter(Map.of("type", List.of("custom"))))).extracting(NetworkRecord::name).containsExactly("web");
    assertThat(n.list(new NetworkFilter(Map.of("name", List.of("e"))))).extracting(NetworkRecord::name).containsExactly("bridge", "none", "web");
    assertThat(n.list(new NetworkFilter(Map.of("driver", List.of("host"))))).extracting(NetworkRecord::name).containsExactly("host");
    assertThatThrownBy(() -> new NetworkFilter(Map.of("bogus", List.of()))).hasMessage("Invalid filter 'bogus'");
  }
}
