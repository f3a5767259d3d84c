package io.drydock.engine.network.bridge;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.EndpointRecord;
import io.drydock.engine.network.NetworkMode;
import io.drydock.engine.network.NetworkRecord;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.Sandbox;
import io.drydock.engine.network.dns.DnsServer;
import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.port.PortMapping;
import io.drydock.engine.network.port.PortRequest;
import io.drydock.engine.network.proxy.PortPublisher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the container service calls, in container-lifecycle order:
 *
 * <pre>
 *   create:  attach(id, name, mode, aliases, ipv4)     endpoint + address, shown by inspect
 *   start:   start(id, mode) → Sandbox                  netns file, veths, DNS on 127.0.0.11 (user networks);
 *                                                      the spec joins sandbox.netnsPath(); none with nothing
 *                                                      to wire: no path, the runtime clones a new namespace
 *            running(id, pid)                           such a sandbox is then the init's /proc/pid/ns/net
 *            etcFiles(id, hostname, dir, resolvConf)    hosts / resolv.conf / hostname to bind-mount
 *            publish(id, portRequests) → mappings       userland proxies (all or nothing)
 *   stop:    stop(id)                                   proxies closed, DNS stopped, veths gone,
 *                                                      netns unmounted and deleted
 *   remove:  detach(id)                                 endpoints gone, addresses free
 * </pre>
 */
public final class ContainerNetworking {
  private final Networks networks;
  private final NetnsFiles netns;
  private final PortPublisher ports;
  private final Map<String, Sandbox> sandboxes = new ConcurrentHashMap<>();
  private final Map<String, DnsServer> dnsServers = new ConcurrentHashMap<>();

  public ContainerNetworking(Networks networks, NetnsFiles netns, PortPublisher ports) {
    this.networks = networks;
    this.netns = netns;
    this.ports = ports;
  }

  /** At container create: an endpoint on the mode's network ({@code host}/{@code none} get address-less ones). */
  public void attach(String containerId, String containerName, NetworkMode mode, List<String> aliases, Optional<Ipv4> ipv4) {
    attach(containerId, containerName, mode, aliases, ipv4, Optional.empty());
  }

  /** With {@code mac} as the endpoint's MAC address ({@code Config.MacAddress}; empty: the one its address gives). */
  public void attach(String containerId, String containerName, NetworkMode mode, List<String> aliases, Optional<Ipv4> ipv4, Optional<String> mac) {
    if (mode.kind() != NetworkMode.Kind.CONTAINER) {
      networks.attachAtCreate(mode.target(), containerId, containerName, aliases, ipv4, mac);
    }
  }

  /** At container start: the sandbox, with every endpoint of the container wired. */
  public Sandbox start(String containerId, NetworkMode mode) {
    if (!sandboxes.containsKey(containerId)) {
      forget(containerId); // a namespace left by a container that exited while no daemon ran
    }
    Sandbox sandbox = switch (mode.kind()) {
      case HOST -> Sandbox.host(containerId);
      case CONTAINER -> {
        Sandbox other = sandboxes.values().stream().filter(s -> s.containerId().startsWith(mode.target())).findFirst()
            .orElseThrow(() -> new DrydockException.Conflict("cannot join network of a non running container: " + mode.target()));
        yield new Sandbox(containerId, other.netnsPath(), false);
      }
      default -> needsBoundNamespace(containerId, mode) ? new Sandbox(containerId, Optional.of(netns.create(containerId)), true)
          : new Sandbox(containerId, Optional.empty(), true);
    };
    try {
      networks.plug(sandbox);
    } catch (RuntimeException e) {
      networks.unplug(containerId);
      destroyBound(sandbox);
      throw e;
    }
    sandboxes.put(containerId, sandbox);
    if (sandbox.owned() && networks.onUserNetwork(containerId)) {
      try {
        dnsServers.put(containerId, EmbeddedDns.start(sandbox, networks));
      } catch (RuntimeException e) {
        stop(containerId);
        throw e;
      }
    }
    return sandbox;
  }

  /** At container stop: unwires the endpoints and frees the namespace it owns. */
  public void stop(String containerId) {
    ports.unpublish(containerId);
    DnsServer dns = dnsServers.remove(containerId);
    if (dns != null) {
      dns.close();
    }
    networks.unplug(containerId);
    Sandbox sandbox = sandboxes.remove(containerId);
    if (sandbox != null) {
      destroyBound(sandbox);
    }
  }

  /**
   * Whether the container's own namespace must exist before its task does: when something is
   * wired into it at start (a bridge endpoint, the embedded DNS). A {@code none} container with
   * nothing to wire gets its namespace from the runtime ({@code CLONE_NEWNET}, loopback up, as
   * runc does for a network namespace without a path), which costs no process spawns here.
   */
  private boolean needsBoundNamespace(String containerId, NetworkMode mode) {
    return mode.kind() != NetworkMode.Kind.NONE || networks.onUserNetwork(containerId)
        || networks.endpointsOf(containerId).keySet().stream().anyMatch(n -> n.driver().equals("bridge"));
  }

  /**
   * After the task started: a sandbox whose namespace the runtime created is, from now on, the
   * init's namespace by {@code /proc/<pid>/ns/net}, so {@code container:<id>} joins it and
   * {@code network connect} wires into it like into a bound one. It ends with the init, so it is
   * never unmounted or deleted ({@link NetnsFiles#bound}).
   */
  public void running(String containerId, long pid) {
    Sandbox sandbox = sandboxes.get(containerId);
    if (sandbox != null && sandbox.owned() && sandbox.netnsPath().isEmpty() && pid > 0) {
      Sandbox live = processSandbox(containerId, pid);
      sandboxes.put(containerId, live);
      networks.adopt(live);
    }
  }

  private static Sandbox processSandbox(String containerId, long pid) {
    return new Sandbox(containerId, Optional.of(Path.of("/proc", Long.toString(pid), "ns", "net")), true);
  }

  private void destroyBound(Sandbox sandbox) {
    if (sandbox.owned() && sandbox.netnsPath().filter(netns::bound).isPresent()) {
      netns.destroy(sandbox.netnsPath().get());
    }
  }

  /** At container remove: every endpoint of the container gone, addresses freed. */
  public void detach(String containerId) {
    for (NetworkRecord n : networks.endpointsOf(containerId).keySet()) {
      networks.detach(n.id(), containerId);
    }
    networks.forgetRemoved(containerId);
  }

  /**
   * Writes the container's /etc files into {@code dir} from its endpoints; on a user network
   * resolv.conf names the embedded DNS ({@code 127.0.0.11}) that {@link #start} runs.
   */
  public EtcFiles.Paths etcFiles(String containerId, String hostname, Path dir, Path hostResolvConf) {
    return etcFiles(containerId, hostname, dir, hostResolvConf, NameResolution.NONE);
  }

  /** As above, with the container's {@code ExtraHosts} and resolver settings. */
  public EtcFiles.Paths etcFiles(String containerId, String hostname, Path dir, Path hostResolvConf, NameResolution names) {
    return etcFiles(containerId, hostname, dir, hostResolvConf, names, List.of());
  }

  /** As above, with {@code linked} (the records of legacy links) after the {@code ExtraHosts} ones, as dockerd. */
  public EtcFiles.Paths etcFiles(String containerId, String hostname, Path dir, Path hostResolvConf, NameResolution names,
      List<NameResolution.HostEntry> linked) {
    List<Ipv4> addresses = new ArrayList<>();
    for (EndpointRecord e : networks.endpointsOf(containerId).values()) {
      if (!e.ipv4().isEmpty()) {
        addresses.add(Ipv4.parse(e.ipv4()));
      }
    }
    List<NameResolution.HostEntry> extra = new ArrayList<>(extraHosts(names));
    extra.addAll(linked);
    return EtcFiles.write(dir, hostname, addresses, networks.onUserNetwork(containerId), hostResolvConf, names, extra);
  }

  private static String gatewayOf(io.drydock.engine.network.IpamPool p) {
    if (p.gateway() != null && !p.gateway().isEmpty()) {
      return p.gateway();
    }
    return new io.drydock.engine.network.ipam.Ipam(io.drydock.engine.network.ipam.Subnet.parse(p.subnet()), Optional.empty(), Optional.empty())
        .gateway().toString();
  }

  /** {@code host-gateway} is the default bridge's gateway (dockerd's default host-gateway-ip); without that bridge the entry is left out. */
  private List<NameResolution.HostEntry> extraHosts(NameResolution names) {
    List<NameResolution.HostEntry> out = new ArrayList<>();
    for (NameResolution.HostEntry e : names.hostEntries()) {
      if (!e.ip().equals(NameResolution.HOST_GATEWAY)) {
        out.add(e);
      } else if (networks.exists("bridge")) {
        networks.inspect("bridge").ipam().stream().findFirst().map(ContainerNetworking::gatewayOf)
            .ifPresent(g -> out.add(new NameResolution.HostEntry(e.host(), g)));
      }
    }
    return out;
  }

  /**
   * After start: publishes {@code HostConfig.PortBindings} through the userland proxy to the
   * container's address on its first bridge network. All or nothing; a taken port is a 409.
   */
  public List<PortMapping> publish(String containerId, List<PortRequest> requests) {
    if (requests.isEmpty()) {
      return List.of();
    }
    Ipv4 address = networks.endpointsOf(containerId).values().stream().filter(e -> !e.ipv4().isEmpty()).findFirst()
        .map(e -> Ipv4.parse(e.ipv4()))
        .orElseThrow(() -> new DrydockException.InvalidArgument("container " + containerId + " has no bridge network address to publish ports to"));
    return ports.publish(containerId, requests, address);
  }

  /** The ports published for a running container (inspect, {@code docker port}, {@code docker ps}). */
  public List<PortMapping> published(String containerId) {
    return ports.published(containerId);
  }

  /**
   * After a daemon restart, for a container that still runs: its namespace (still bound under the
   * exec root) and endpoints are taken back as they are, and its DNS server started again.
   */
  public void adopt(String containerId, NetworkMode mode, long pid) {
    Path file = netns.path(containerId);
    Sandbox sandbox = switch (mode.kind()) {
      case HOST -> Sandbox.host(containerId);
      case CONTAINER -> new Sandbox(containerId, Optional.of(netns.path(mode.target())), false);
      default -> java.nio.file.Files.exists(file) ? new Sandbox(containerId, Optional.of(file), true)
          : pid > 0 ? processSandbox(containerId, pid) : new Sandbox(containerId, Optional.empty(), true);
    };
    if (sandbox.owned() && sandbox.netnsPath().isEmpty()) {
      return;
    }
    networks.adopt(sandbox);
    sandboxes.put(containerId, sandbox);
    if (sandbox.owned() && networks.onUserNetwork(containerId)) {
      dnsServers.put(containerId, EmbeddedDns.start(sandbox, networks));
    }
  }

  /** After {@code network connect}: a container that joined its first user network gets its DNS server. */
  public void ensureDns(String containerId) {
    Sandbox sandbox = sandboxes.get(containerId);
    if (sandbox != null && sandbox.owned() && networks.onUserNetwork(containerId) && !dnsServers.containsKey(containerId)) {
      dnsServers.put(containerId, EmbeddedDns.start(sandbox, networks));
    }
  }

  /** After a daemon restart, for a container that no longer runs: a namespace a crash left is freed. */
  public void forget(String containerId) {
    Path file = netns.path(containerId);
    if (java.nio.file.Files.exists(file)) {
      netns.destroy(file);
    }
  }

  public Optional<Sandbox> sandbox(String containerId) {
    return Optional.ofNullable(sandboxes.get(containerId));
  }
}
