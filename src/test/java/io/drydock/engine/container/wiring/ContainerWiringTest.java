package io.drydock.engine.container.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.network.ContainerLookup;
import io.drydock.engine.network.NetworkCreate;
import io.drydock.engine.network.NetworkDriver;
import io.drydock.engine.network.Membership;
import io.drydock.engine.network.NetworkDefaults;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.bridge.ContainerNetworking;
import io.drydock.engine.network.bridge.NameResolution;
import io.drydock.engine.network.bridge.NetnsFiles;
import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.ipam.SubnetPool;
import io.drydock.engine.network.port.PortAllocator;
import io.drydock.engine.network.port.PortSpecs;
import io.drydock.engine.network.proxy.PortPublisher;
import io.drydock.engine.volume.VolumeFilter;
import io.drydock.engine.volume.Volumes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The create and remove halves of the wiring, which touch no kernel state: endpoints, volumes, persistence, the view. */
class ContainerWiringTest {
  @TempDir Path dir;
  private Networks networks;
  private Volumes volumes;
  private ContainerWiring wiring;

  @BeforeEach
  void setUp() {
    networks = new Networks(dir.resolve("network"), new EventBus(), Clock.systemUTC(), NetworkDriver.NOTHING,
        NetworkDefaults.of(SubnetPool.dockerDefaults(), SubnetPool.DEFAULT_BRIDGE));
    volumes = new Volumes(dir.resolve("volumes"), new EventBus(), Clock.systemUTC());
    ContainerNetworking networking = new ContainerNetworking(networks, new NetnsFiles(dir.resolve("netns")),
        new PortPublisher(PortAllocator.dockerDefault()));
    wiring = new ContainerWiring(networks, networking, volumes, dir.resolve("resolv.conf"), Ipv4.parse("127.0.0.1"));
    wiring.useContainers(ref -> ref.startsWith("c1") ? Optional.of(new ContainerLookup.ContainerRef("c1" + "0".repeat(62), "one")) : Optional.empty());
  }

  private Path containerDir(String id) throws Exception {
    return Files.createDirectories(dir.resolve("containers").resolve(id));
  }

  @Test
  void createAttachesToTheNetworkAndMakesTheVolumesAndRemoveWithVolumesUndoesIt() throws Exception {
    networks.create(new NetworkCreate("app", "bridge", false, false, true, Map.of(), Map.of(), List.of()));
    WiringRequest request = new WiringRequest("app", Map.of("app", new WiringRequest.EndpointSettings(List.of("svc"), "")), List.of("data:/data"),
        List.of(), Map.of("80/tcp", List.of(new PortSpecs.HostBinding("", "8080"))), false, Set.of(), Set.of());
    wiring.create("c1", "/one", containerDir("c1"), request, Set.of("/var/lib/x"), Set.of("443/tcp"));

    WiringView view = wiring.view("c1").orElseThrow();
    assertThat(view.networkMode()).isEqualTo("app");
    assertThat(view.endpoints().keySet()).extracting(n -> n.name()).containsExactly("app");
    assertThat(view.endpoints().values().iterator().next().aliases()).containsExactly("svc");
    assertThat(view.exposedPorts()).containsExactlyInAnyOrder("80/tcp", "443/tcp");
    assertThat(view.mounts()).extracting(WiringView.MountView::destination).containsExactly("/data", "/var/lib/x");
    String anonymous = view.mounts().get(1).name();
    assertThat(volumes.list(VolumeFilter.none())).extracting(v -> v.name()).containsExactlyInAnyOrder("data", anonymous);
    assertThat(Files.exists(dir.resolve("containers/c1").resolve(ContainerWiring.FILE))).isTrue();

    assertThatThrownBy(() -> volumes.remove("data", false)).isInstanceOf(DrydockException.Conflict.class).hasMessageContaining("volume is in use");

    wiring.remove("c1", true);
    assertThat(networks.endpointsOf("c1")).isEmpty();
    assertThat(volumes.list(VolumeFilter.none())).extracting(v -> v.name()).containsExactly("data");
    assertThat(wiring.view("c1")).isEmpty();
  }

  @Test
  void anUnknownNetworkIsNamedLikeARemovedOneUntilTheContainerGoes() throws Exception {
    WiringRequest request = new WiringRequest("nosuch", Map.of(), List.of(), List.of(), Map.of(), false, Set.of(), Set.of());
    wiring.create("c2", "/two", containerDir("c2"), request, Set.of(), Set.of());
    assertThat(networks.removedOf("c2")).containsExactly(new Membership("nosuch", "", "two", List.of(), ""));
    assertThat(networks.endpointsOf("c2")).isEmpty();
    wiring.remove("c2", true);
    assertThat(networks.removedOf("c2")).isEmpty();
  }

  @Test
  void aFailedCreateReleasesTheEndpointAndTheVolumesItMade() throws Exception {
    WiringRequest request = new WiringRequest("", Map.of(), List.of("fresh:/a"), List.of(), Map.of("80/tcp", List.of(new PortSpecs.HostBinding("", "x"))),
        false, Set.of(), Set.of());
    assertThatThrownBy(() -> wiring.create("c3", "/three", containerDir("c3"), request, Set.of(), Set.of()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("invalid hostPort: x");
    assertThat(volumes.list(VolumeFilter.none())).isEmpty();
    assertThat(networks.endpointsOf("c3")).isEmpty();
  }

  @Test
  void containerModeNamesTheOtherContainerByItsFullId() throws Exception {
    WiringRequest request = new WiringRequest("container:c1", Map.of(), List.of(), List.of(), Map.of(), false, Set.of(), Set.of());
    wiring.create("c4", "/four", containerDir("c4"), request, Set.of(), Set.of());
    assertThat(wiring.view("c4").orElseThrow().networkMode()).isEqualTo("container:c1" + "0".repeat(62));
    assertThat(networks.endpointsOf("c4")).isEmpty();
    WiringRequest unknown = new WiringRequest("container:zz", Map.of(), List.of(), List.of(), Map.of(), false, Set.of(), Set.of());
    assertThatThrownBy(() -> wiring.create("c5", "/five", containerDir("c5"), unknown, Set.of(), Set.of()))
        .isInstanceOf(DrydockException.NotFound.class).hasMessage("No such container: zz");
  }

  @Test
  void aNoneEndpointIsNotWrittenAndComesBackFromTheWiringAfterARestart() throws Exception {
    Path networkDir = dir.resolve("network");
    WiringRequest none = new WiringRequest("none", Map.of(), List.of(), List.of(), Map.of(), false, Set.of(), Set.of());
    String id = "c1" + "0".repeat(62);
    wiring.create(id, "/one", containerDir(id), none, Set.of(), Set.of());
    assertThat(networks.endpointsOf(id).keySet()).extracting(n -> n.name()).containsExactly("none");
    try (var files = Files.list(networkDir)) {
      assertThat(files.filter(f -> f.toString().endsWith(".json")).map(this::read)).noneMatch(text -> text.contains(id));
    }

    Networks next = new Networks(networkDir, new EventBus(), Clock.systemUTC(), NetworkDriver.NOTHING,
        NetworkDefaults.of(SubnetPool.dockerDefaults(), SubnetPool.DEFAULT_BRIDGE));
    ContainerWiring restarted = new ContainerWiring(next, new ContainerNetworking(next, new NetnsFiles(dir.resolve("netns")),
        new PortPublisher(PortAllocator.dockerDefault())), volumes, dir.resolve("resolv.conf"), Ipv4.parse("127.0.0.1"));
    restarted.useContainers(ref -> ref.startsWith("c1") ? Optional.of(new ContainerLookup.ContainerRef(id, "one")) : Optional.empty());
    assertThat(next.endpointsOf(id)).isEmpty();
    restarted.restore(id, dir.resolve("containers").resolve(id), false, 0);
    assertThat(next.endpointsOf(id).entrySet()).singleElement()
        .satisfies(e -> assertThat(e.getKey().name()).isEqualTo("none"))
        .satisfies(e -> assertThat(e.getValue().containerName()).isEqualTo("one"));
    restarted.remove(id, false);
    assertThat(next.endpointsOf(id)).isEmpty();
  }

  @Test
  void volumesFromGivesTheSourcesMountsAndOwnMountsWinTheirDestination() throws Exception {
    String src = "c1" + "0".repeat(62);
    Path host = Files.createDirectories(dir.resolve("host"));
    wiring.create(src, "/one", containerDir(src), new WiringRequest("none", Map.of(), List.of("data:/data", "logs:/logs", host + ":/h:ro"),
        List.of(), Map.of(), false, Set.of(), Set.of()), Set.of("/anon"), Set.of());
    String anonymous = wiring.view(src).orElseThrow().mounts().stream().filter(m -> m.destination().equals("/anon")).findFirst().orElseThrow().name();
    WiringRequest user = new WiringRequest("none", Map.of(), List.of("own:/logs"), List.of(), Map.of(), false, Set.of(), Set.of(),
        NameResolution.NONE, new ContainerReferences(List.of("c1:ro"), List.of()));
    wiring.create("c6", "/six", containerDir("c6"), user, Set.of("/anon", "/img"), Set.of());

    WiringView view = wiring.view("c6").orElseThrow();
    assertThat(view.references().volumesFrom()).containsExactly("c1:ro");
    assertThat(view.mounts()).extracting(m -> m.destination() + " " + (m.name().isEmpty() ? m.source() : m.name()) + " " + m.rw())
        .containsExactlyInAnyOrder("/anon " + anonymous + " false", "/data data false", "/h " + host.toRealPath() + " false", "/logs own true",
            "/img " + view.mounts().stream().filter(m -> m.destination().equals("/img")).findFirst().orElseThrow().name() + " true");

    wiring.remove(src, true);
    assertThat(volumes.list(VolumeFilter.none())).as("a volume the other container still uses is kept")
        .extracting(v -> v.name()).contains(anonymous);
    volumes.remove("data", false); // as dockerd: a named volume only inherited by a container never started is not in use
    wiring.remove("c6", true);
    assertThat(volumes.list(VolumeFilter.none())).extracting(v -> v.name()).containsExactlyInAnyOrder("logs", "own");
  }

  @Test
  void aMissingVolumesFromSourceOrABadModeRefusesTheCreateAndMakesNothing() throws Exception {
    for (String spec : List.of("zz", "c1:rshared", ":ro")) {
      WiringRequest request = new WiringRequest("", Map.of(), List.of("fresh:/a"), List.of(), Map.of(), false, Set.of(), Set.of(),
          NameResolution.NONE, new ContainerReferences(List.of(spec), List.of()));
      assertThatThrownBy(() -> wiring.create("c7", "/seven", containerDir("c7"), request, Set.of("/img"), Set.of()))
          .isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessage(switch (spec) {
            case "zz" -> "No such container: zz";
            case ":ro" -> "invalid name or ID supplied: \"\"";
            default -> "invalid mode: rshared";
          });
    }
    assertThat(volumes.list(VolumeFilter.none())).isEmpty();
    assertThat(networks.endpointsOf("c7")).isEmpty();
    assertThat(wiring.view("c7")).isEmpty();
  }

  @Test
  void linksNameAnExistingTargetAndAreKeptInDockerdsFormOrRefuseTheCreate() throws Exception {
    WiringRequest linked = new WiringRequest("", Map.of(), List.of(), List.of(), Map.of(), false, Set.of(), Set.of(), NameResolution.NONE,
        new ContainerReferences(List.of(), List.of("c1:db", "c1")));
    wiring.create("c8", "/eight", containerDir("c8"), linked, Set.of(), Set.of());
    assertThat(wiring.view("c8").orElseThrow().references().links()).as("an alias defaults to the target as written, as dockerd").containsExactly("/one:/eight/db", "/one:/eight/c1");
    wiring.remove("c8", true);

    WiringRequest missing = new WiringRequest("", Map.of(), List.of("fresh:/a"), List.of(), Map.of(), false, Set.of(), Set.of(),
        NameResolution.NONE, new ContainerReferences(List.of(), List.of("zz:x")));
    assertThatThrownBy(() -> wiring.create("c9", "/nine", containerDir("c9"), missing, Set.of(), Set.of()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("could not get container for zz: No such container: zz");
    assertThat(volumes.list(VolumeFilter.none())).isEmpty();
    assertThat(networks.endpointsOf("c9")).isEmpty();
  }

  private String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
