package io.drydock.engine.network;

import io.drydock.common.DrydockException;
import io.drydock.engine.events.Actor;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.events.EventType;
import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.ipam.Subnet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The network service: network objects, their endpoints and addresses, and — through
 * {@link SandboxWiring} and the {@link NetworkDriver} — the wiring of endpoints into container
 * sandboxes. The predefined {@code bridge}, {@code host} and {@code none} networks are created
 * on first start.
 *
 * <p>Endpoints exist from {@link #attach} (address allocated, visible in inspect) to
 * {@link #detach} ({@link Endpoints}); they are wired into a sandbox by {@link #plug} while the
 * container runs, and unwired by {@link #unplug}. A user-facing {@link #connect} on a running
 * container does both ({@link LiveConnections}). Every public method holds this object's lock; the
 * parts it delegates to are not thread-safe on their own.
 *
 * <p>As in dockerd, a network can be removed while only stopped containers are on it: their
 * endpoints become {@link Membership}s, and their next {@link #plug} joins a network of the same
 * name again or fails with {@code 404 network N not found}.
 */
public final class Networks {
  /** dockerd's refusal of a fixed address on a network whose subnet it chose. */
  static final String USER_SUBNETS_ONLY = "user specified IP address is supported only when connecting to networks with user configured subnets";
  private final NetworkFiles files;
  private final EventBus events;
  private final Clock clock;
  private final NetworkDriver driver;
  private final PoolChoice pools;
  private final NetworkTable table;
  private final Map<String, LiveNetwork> networks;
  private final SandboxWiring wiring;
  private final RemovedMemberships removed;
  private final Endpoints endpoints;
  private final EndpointLinks links = new EndpointLinks();
  private final LiveConnections connections;

  public Networks(Path root, EventBus events, Clock clock, NetworkDriver driver, NetworkDefaults defaults) {
    this.files = new NetworkFiles(root);
    this.table = new NetworkTable(files);
    this.networks = table.networks;
    this.events = events;
    this.clock = clock;
    this.driver = driver;
    this.pools = new PoolChoice(defaults.pool(), defaults.hostRoutes());
    this.wiring = new SandboxWiring(driver, table);
    table.load();
    this.removed = new RemovedMemberships(files);
    this.endpoints = new Endpoints(table, wiring, removed, events);
    this.connections = new LiveConnections(endpoints, wiring, table);
    ensurePredefined(defaults.defaultBridge(), defaults.bridgeName());
    NetworkBridges.restore(driver, networks.values());
  }

  public void containersFrom(ContainerLookup lookup) {
    connections.containersFrom(lookup);
  }

  /** Called with the container id after {@link #connect} or {@link #disconnect} changed a wired container. */
  public void onRewired(Consumer<String> listener) {
    connections.onRewired(listener);
  }

  /** Refuses an endpoint's IPv6 address ({@code --ip6}) as dockerd does on a network without a user's IPv6 subnet: drydock has none. */
  public static void refuseIpv6Address(String ipv6) {
    if (ipv6 != null && !ipv6.isEmpty()) {
      throw new DrydockException.InvalidArgument(USER_SUBNETS_ONLY);
    }
  }

  public synchronized NetworkRecord create(NetworkCreate request) {
    NetworkNames.validate(request.name());
    String driverName = request.driver() == null || request.driver().isEmpty() ? "bridge" : request.driver();
    if (NetworkNames.PREDEFINED.contains(request.name())) {
      throw new DrydockException.Forbidden("operation is not permitted on predefined " + request.name() + " network ");
    }
    if (!driverName.equals("bridge")) {
      throw new DrydockException.NotFound("plugin \"" + driverName + "\" not found");
    }
    if (request.checkDuplicate() && !nameTakenWarning(request.name()).isEmpty()) {
      throw new DrydockException.Conflict("network with name " + request.name() + " already exists");
    }
    if (request.ipam().size() > 1) {
      throw new DrydockException.InvalidArgument("drydock supports one IPv4 pool per network, got " + request.ipam().size());
    }
    String id = NetworkNames.newId();
    String bridge = bridgeFor(id, BridgeOptions.parse(request.options()));
    IpamPool asked = request.ipam().isEmpty() ? new IpamPool("", "", "") : request.ipam().get(0);
    IpamPool ipam = poolFor(asked);
    NetworkRecord record = new NetworkRecord(id, request.name(), driverName, now(), request.internal(), request.attachable(),
        request.labels(), request.options(), List.of(ipam), bridge, asked.subnet() != null && !asked.subnet().isEmpty());
    LiveNetwork live = new LiveNetwork(record);
    driver.createNetwork(record);
    try {
      save(live);
    } catch (RuntimeException e) {
      driver.removeNetwork(record);
      throw e;
    }
    networks.put(id, live);
    events.publish(EventType.NETWORK, "create", new Actor(id, Map.of("name", record.name(), "type", driverName)));
    return record;
  }

  /** The Linux bridge of a new network: the one its options name (free, and a bridge if it exists), else drydock's own. */
  private String bridgeFor(String id, BridgeOptions options) {
    if (options.bridgeName().isEmpty()) {
      return NetworkNames.bridgeName(id);
    }
    String name = options.bridgeName();
    for (LiveNetwork n : networks.values()) {
      if (n.record.bridgeName().equals(name)) {
        throw new DrydockException.Forbidden("cannot create network " + id + " (" + name + "): conflicts with network "
            + n.record.id() + " (" + name + "): networks have same bridge name");
      }
    }
    driver.checkBridgeName(name);
    return name;
  }

  /**
   * dockerd (API 1.41) creates a second network of a taken name unless the client sets
   * CheckDuplicate (the docker CLI always does); its answer then warns, naming the oldest one.
   * Empty when the name is free.
   */
  public synchronized String nameTakenWarning(String name) {
    return networks.values().stream().map(n -> n.record).filter(r -> r.name().equals(name))
        .min(Comparator.comparing(r -> OffsetDateTime.parse(r.created())))
        .map(r -> "Network with name " + name + " (id : " + r.id() + ") already exists").orElse("");
  }

  private IpamPool poolFor(IpamPool asked) {
    return pools.choose(asked, table.subnetsInUse());
  }

  public synchronized NetworkRecord inspect(String idOrName) {
    return NetworkLookup.find(table.records(), idOrName);
  }

  /** {@link #inspect} for {@code GET /networks/{id}}, whose ambiguity message dockerd words its own way. */
  public synchronized NetworkRecord describe(String idOrName) {
    try {
      return inspect(idOrName);
    } catch (NetworkLookup.Ambiguous e) {
      throw e.inspectWording();
    }
  }

  public synchronized List<EndpointRecord> endpoints(String networkId) {
    LiveNetwork n = networks.get(networkId);
    return n == null ? List.of() : List.copyOf(n.endpoints.values());
  }

  /**
   * The endpoints of the network's running containers: what inspect's {@code Containers} lists
   * and {@code dangling} counts (dockerd's endpoints exist only while a container runs, so a
   * created or stopped container is not on it there).
   */
  public synchronized List<EndpointRecord> runningEndpoints(String networkId) {
    return endpoints(networkId).stream().filter(ep -> wiring.wired(ep.containerId())).toList();
  }

  public synchronized List<NetworkRecord> list(NetworkFilter filter) {
    List<NetworkRecord> out = new ArrayList<>();
    for (LiveNetwork n : networks.values()) {
      if (filter.matches(n.record, runningEndpoints(n.record.id()).size())) {
        out.add(n.record);
      }
    }
    out.sort(Comparator.comparing(NetworkRecord::name));
    return out;
  }

  public synchronized void remove(String idOrName) {
    NetworkRecord record = inspect(idOrName);
    if (record.predefined()) {
      throw new DrydockException.Forbidden(record.name() + " is a pre-defined network and cannot be removed");
    }
    LiveNetwork live = networks.get(record.id());
    if (inUse(live)) {
      throw new DrydockException.Conflict("error while removing network: network " + record.name() + " id " + record.id() + " has active endpoints");
    }
    driver.removeNetwork(record);
    removed.add(record, live.endpoints.values());
    files.delete(record);
    networks.remove(record.id());
    events.publish(EventType.NETWORK, "destroy", new Actor(record.id(), Map.of("name", record.name(), "type", record.driver())));
  }

  /** Whether a running (wired) container has an endpoint on the network. */
  private boolean inUse(LiveNetwork live) {
    return wiring.anyWired(live.endpoints.keySet());
  }

  /** Removes the user networks no running container uses that the filters take ({@link NetworkPrune}); returns their names. */
  public synchronized List<String> prune(Map<String, List<String>> filters) {
    NetworkPrune selection = NetworkPrune.of(filters, clock.instant());
    List<String> deleted = new ArrayList<>();
    for (LiveNetwork n : List.copyOf(networks.values())) {
      if (selection.takes(n.record) && !inUse(n)) {
        remove(n.record.id());
        deleted.add(n.record.name());
      }
    }
    events.publish(EventType.NETWORK, "prune", new Actor("", Map.of()));
    return deleted;
  }

  /**
   * Adds an endpoint for the container (allocating its address: {@code ipv4} when given, else the
   * next free one). Refused on a network the container is already on.
   */
  public synchronized EndpointRecord attach(String network, String containerId, String containerName, List<String> aliases, Optional<Ipv4> ipv4) {
    return endpoints.attach(network, containerId, containerName, aliases, ipv4);
  }

  /** As {@link #attach(String, String, String, List, Optional)}, the endpoint with the MAC address {@code mac} ({@code Config.MacAddress}). */
  public synchronized EndpointRecord attach(String network, String containerId, String containerName, List<String> aliases, Optional<Ipv4> ipv4,
      Optional<String> mac) {
    return endpoints.attach(network, containerId, containerName, aliases, ipv4, mac);
  }

  /**
   * {@link #attach} for a container being created: as in dockerd, a fixed address the network can
   * never give (its gateway, network or broadcast address, one outside the subnet, any on a subnet
   * the user did not choose) or one another container holds is refused only when the container
   * starts, with the same words ({@code 403 Address already in use} for a taken one); until then
   * the container names the network as a {@link Membership} holding that address.
   */
  public synchronized void attachAtCreate(String network, String containerId, String containerName, List<String> aliases, Optional<Ipv4> ipv4,
      Optional<String> mac) {
    endpoints.attachAtCreate(network, containerId, containerName, aliases, ipv4, mac);
  }

  /** Removes the container's endpoint and frees its address (unplugging it first if it is wired). */
  public synchronized void detach(String network, String containerId) {
    endpoints.detach(network, containerId);
  }

  /** The networks a container has endpoints on, in the order they were attached. */
  public synchronized Map<NetworkRecord, EndpointRecord> endpointsOf(String containerId) {
    return table.endpointsOf(containerId);
  }

  /**
   * What the embedded DNS of {@code containerId} answers for {@code name}: the addresses of the
   * running containers on the user networks it shares with them whose name, alias or 12-hex short
   * id is {@code name} (case-insensitive), like Docker's resolver; looked up at each question, so
   * an address that changed is answered at once.
   */
  public synchronized List<Ipv4> resolve(String containerId, String name) {
    String target = links.target(containerId, name, table.endpointsOf(containerId).values()).orElse(name);
    return table.resolve(containerId, target, wiring::wired);
  }

  /**
   * The legacy links of a container's primary user network given at its create
   * ({@code target:alias}): its own embedded DNS answers an alias with the target's addresses, no
   * other container's does, as dockerd's (libnetwork's endpoint aliases). Empty: none.
   */
  public void linkAliases(String containerId, List<String> links) {
    this.links.set(containerId, links);
  }

  /** Whether the container has an endpoint on a user-defined network (and so gets the embedded DNS). */
  public synchronized boolean onUserNetwork(String containerId) {
    return table.onUserNetwork(containerId);
  }

  /**
   * Wires every bridge endpoint of the container into its sandbox ({@code eth0}, {@code eth1}, ...),
   * its short id an alias on each user-defined network from now on.
   */
  public synchronized void plug(Sandbox sandbox) {
    endpoints.rejoin(sandbox.containerId());
    endpoints.nameByShortId(sandbox.containerId());
    wiring.plug(sandbox);
  }

  /** Whether {@code idOrName} finds exactly one network. */
  public synchronized boolean exists(String idOrName) {
    try {
      inspect(idOrName);
      return true;
    } catch (DrydockException.NotFound | DrydockException.InvalidArgument e) {
      return false;
    }
  }

  /**
   * A container created on a network that does not exist: as in dockerd (API 1.41) it names the
   * network like one removed under it, and its start joins it or fails with {@code 404 network N
   * not found}.
   */
  public synchronized void rememberMissing(String containerId, String containerName, String network, List<String> aliases) {
    removed.addMissing(containerId, containerName, network, aliases);
  }

  /** The removed networks a stopped container still names, for its inspect. */
  public synchronized List<Membership> removedOf(String containerId) {
    return List.copyOf(removed.of(containerId));
  }

  /** At container remove: the networks it still named are forgotten. */
  public synchronized void forgetRemoved(String containerId) {
    removed.forget(containerId);
  }

  /**
   * Takes back a sandbox wired by an earlier daemon run: its bridge endpoints count as plugged
   * ({@code eth0}, {@code eth1}... in attach order), nothing on the host is touched.
   */
  public synchronized void adopt(Sandbox sandbox) {
    wiring.adopt(sandbox);
  }

  /**
   * At daemon stop: the bridges no wired endpoint uses are deleted ({@link NetworkBridges}); the
   * next start makes the user networks' again.
   */
  public synchronized void releaseUnusedBridges() {
    NetworkBridges.releaseUnused(driver, networks.values());
  }

  /** Unwires all the container's endpoints (they stay attached, addresses kept) and forgets the sandbox. */
  public synchronized void unplug(String containerId) {
    wiring.unplug(containerId);
  }

  /**
   * {@code POST /networks/{id}/connect}: attach, and wire at once when the container runs; a
   * container that does not run is attached as at its create ({@link #attachAtCreate}).
   */
  public synchronized void connect(String network, String container, List<String> aliases, Optional<Ipv4> ipv4) {
    connect(network, container, aliases, ipv4, List.of());
  }

  /**
   * {@link #connect(String, String, List, Optional)} with the endpoint's legacy links
   * ({@code docker network connect --link target:alias}): as in dockerd, kept unchecked and shown
   * in the endpoint's {@code Links}; each alias is a name the container's own embedded DNS answers
   * with the target's addresses while the endpoint exists.
   */
  public synchronized void connect(String network, String container, List<String> aliases, Optional<Ipv4> ipv4, List<String> links) {
    connections.connect(network, container, aliases, ipv4, links);
  }

  /** {@code POST /networks/{id}/disconnect}. */
  public synchronized void disconnect(String network, String container) {
    connections.disconnect(network, container);
  }

  private void ensurePredefined(Subnet defaultBridge, String bridgeName) {
    java.util.Set<String> existing = networks.values().stream().map(n -> n.record.name()).collect(java.util.stream.Collectors.toSet());
    for (NetworkRecord r : PredefinedNetworks.missing(existing, () -> pools.defaultBridge(defaultBridge, table.subnetsInUse()).toString(),
        bridgeName, now())) {
      LiveNetwork live = new LiveNetwork(r);
      save(live);
      networks.put(r.id(), live);
    }
  }

  /**
   * At daemon start, for a container whose network mode is {@code host} or {@code none}: its
   * address-less endpoint on that network, as create made it (no event, nothing written).
   */
  public synchronized void restoreEndpoint(String network, String containerId, String containerName) {
    endpoints.restore(network, containerId, containerName);
  }

  private void save(LiveNetwork live) {
    table.save(live);
  }

  private String now() {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC));
  }
}
