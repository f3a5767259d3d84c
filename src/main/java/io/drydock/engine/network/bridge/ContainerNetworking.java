package io.drydock.engine.network.bridge;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.EndpointRecord;
import io.drydock.engine.network.NetworkMode;
import io.drydock.engine.network.NetworkRecord;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.Sandbox;
import io.drydock.engine.network.ipam.Ipv4;
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
 *   start:   start(id, mode) → Sandbox                  netns file, veths; spec joins sandbox.netnsPath()
 *            etcFiles(id, hostname, dir, resolvConf)    hosts / resolv.conf / hostname to bind-mount
 *   stop:    stop(id)                                   veths gone, netns unmounted and deleted
 *   remove:  detach(id)                                 endpoints gone, addresses free
 * </pre>
 */
public final class ContainerNetworking {
  private final Networks networks;
  private final NetnsFiles netns;
  private final Map<String, Sandbox> sandboxes = new ConcurrentHashMap<>();

  public ContainerNetworking(Networks networks, NetnsFiles netns) {
    this.networks = networks;
    this.netns = netns;
  }

  /** At container create: an endpoint on the mode's network ({@code host}/{@code none} get address-less ones). */
  public void attach(String containerId, String containerName, NetworkMode mode, List<String> aliases, Optional<Ipv4> ipv4) {
    if (mode.kind() != NetworkMode.Kind.CONTAINER) {
      networks.attach(mode.target(), containerId, containerName, aliases, ipv4);
    }
  }

  /** At container start: the sandbox, with every endpoint of the container wired. */
  public Sandbox start(String containerId, NetworkMode mode) {
    Sandbox sandbox = switch (mode.kind()) {
      case HOST -> Sandbox.host(containerId);
      case CONTAINER -> {
        Sandbox other = sandboxes.values().stream().filter(s -> s.containerId().startsWith(mode.target())).findFirst()
            .orElseThrow(() -> new DrydockException.Conflict("cannot join network of a non running container: " + mode.target()));
        yield new Sandbox(containerId, other.netnsPath(), false);
      }
      default -> new Sandbox(containerId, Optional.of(netns.create(containerId)), true);
    };
    try {
      networks.plug(sandbox);
    } catch (RuntimeException e) {
      networks.unplug(containerId);
      if (sandbox.owned()) {
        netns.destroy(sandbox.netnsPath().get());
      }
      throw e;
    }
    sandboxes.put(containerId, sandbox);
    return sandbox;
  }

  /** At container stop: unwires the endpoints and frees the namespace it owns. */
  public void stop(String containerId) {
    networks.unplug(containerId);
    Sandbox sandbox = sandboxes.remove(containerId);
    if (sandbox != null && sandbox.owned()) {
      netns.destroy(sandbox.netnsPath().get());
    }
  }

  /** At container remove: every endpoint of the container gone, addresses freed. */
  public void detach(String containerId) {
    for (NetworkRecord n : networks.endpointsOf(containerId).keySet()) {
      networks.detach(n.id(), containerId);
    }
  }

  /**
   * Writes the container's /etc files into {@code dir} from its endpoints. Until the embedded DNS
   * server runs in each sandbox, the containers already on the same user networks (names and
   * aliases) are listed in /etc/hosts, and resolv.conf keeps the host's non-loopback servers.
   */
  public EtcFiles.Paths etcFiles(String containerId, String hostname, Path dir, Path hostResolvConf) {
    List<Ipv4> addresses = new ArrayList<>();
    List<String> aliases = new ArrayList<>();
    List<EtcFiles.Peer> peers = new ArrayList<>();
    for (Map.Entry<NetworkRecord, EndpointRecord> e : networks.endpointsOf(containerId).entrySet()) {
      if (!e.getValue().ipv4().isEmpty()) {
        addresses.add(Ipv4.parse(e.getValue().ipv4()));
      }
      aliases.addAll(e.getValue().aliases());
      if (!e.getKey().predefined()) {
        for (EndpointRecord other : networks.endpoints(e.getKey().id())) {
          if (!other.containerId().equals(containerId) && !other.ipv4().isEmpty()) {
            List<String> names = new ArrayList<>(List.of(other.containerName()));
            names.addAll(other.aliases());
            peers.add(new EtcFiles.Peer(Ipv4.parse(other.ipv4()), names));
          }
        }
      }
    }
    return EtcFiles.write(dir, hostname, addresses, aliases, peers, false, hostResolvConf);
  }

  public Optional<Sandbox> sandbox(String containerId) {
    return Optional.ofNullable(sandboxes.get(containerId));
  }
}
