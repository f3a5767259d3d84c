package io.drydock.engine.network.bridge;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.BridgeOptions;
import io.drydock.engine.network.EndpointRecord;
import io.drydock.engine.network.NetworkDriver;
import io.drydock.engine.network.NetworkRecord;
import io.drydock.engine.network.Sandbox;
import io.drydock.engine.network.ipam.Subnet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bridge networks with iproute2. A network's bridge is created with the network, as dockerd's
 * (visible with {@code ip link} right after {@code docker network create}), made again at the
 * next connect if it went missing, and deleted with the network. Like dockerd's, the bridge gets
 * no MTU of its own: the kernel lowers it to its ports' (the veths carry the network's MTU), so a
 * value the kernel refuses fails the container's start, not the create. An endpoint is a veth pair: the host end ({@code dd} + 10 hex of
 * the endpoint id) enslaved to the bridge, the other end moved into the sandbox, renamed
 * ({@code eth0}...), given its address and MAC; {@code eth0} also gets the default route via the
 * gateway. A failure part way deletes the pair, so nothing stays half-wired. The host does not
 * route between networks (see {@link #isolate}); on a network with {@code enable_icc=false} every
 * container's port is a bridge "isolated" port, which forwards only to non-isolated ports (the
 * bridge itself, i.e. the host): containers there reach the gateway but not each other.
 */
public final class BridgeDriver implements NetworkDriver {
  private final IpCommand ip;

  public BridgeDriver(IpCommand ip) {
    this.ip = ip;
  }

  @Override
  public void connect(Sandbox sandbox, NetworkRecord network, EndpointRecord endpoint, String ifName) {
    Path netns = sandbox.netnsPath().orElseThrow(() -> new DrydockException.InvalidArgument("container " + sandbox.containerId() + " has no network namespace"));
    BridgeOptions options = network.bridgeOptions();
    ensureBridge(network);
    String host = hostEnd(endpoint);
    ip.ip(vethAdd(host, network.bridgeName(), ifName, endpoint.mac(), netns, options.mtu()));
    try {
      if (!options.icc()) {
        ip.ip("link", "set", "dev", host, "type", "bridge_slave", "isolated", "on");
      }
      List<List<String>> inside = new ArrayList<>();
      inside.add(List.of("link", "set", "lo", "up"));
      inside.add(List.of("addr", "add", endpoint.ipv4() + "/" + endpoint.prefix(), "brd", "+", "dev", ifName));
      inside.add(List.of("link", "set", ifName, "up"));
      if (ifName.equals("eth0") && !network.internal()) {
        inside.add(List.of("route", "add", "default", "via", endpoint.gateway()));
      }
      ip.batchIn(netns, inside);
    } catch (RuntimeException e) {
      deleteLink(host);
      throw e;
    }
  }

  /**
   * The veth pair: host end enslaved to the bridge and up, peer made in the sandbox under its
   * final name with its MAC; both ends get the network's MTU when it sets one.
   */
  static String[] vethAdd(String host, String bridge, String ifName, String mac, Path netns, int mtu) {
    List<String> args = new ArrayList<>(List.of("link", "add", host, "master", bridge, "up"));
    List<String> mtuArgs = mtu > 0 ? List.of("mtu", Integer.toString(mtu)) : List.of();
    args.addAll(mtuArgs);
    args.addAll(List.of("type", "veth", "peer", "name", ifName, "address", mac));
    args.addAll(mtuArgs);
    args.addAll(List.of("netns", netns.toString()));
    return args.toArray(String[]::new);
  }

  @Override
  public void checkBridgeName(String name) {
    if (ip.linkExists(name) && !ip.isBridge(name)) {
      throw new DrydockException.SystemError("existing interface " + name + " is not a bridge");
    }
  }

  @Override
  public void disconnect(Sandbox sandbox, NetworkRecord network, EndpointRecord endpoint) {
    deleteLink(hostEnd(endpoint));
  }

  /** Deletes a link (a veth's host end takes its peer with it); one already gone is not an error. */
  private void deleteLink(String name) {
    try {
      ip.ip("link", "del", name);
    } catch (DrydockException.SystemError e) {
      if (ip.linkExists(name)) {
        throw e;
      }
    }
  }

  @Override
  public void createNetwork(NetworkRecord network) {
    ensureBridge(network);
  }

  @Override
  public void removeNetwork(NetworkRecord network) {
    if (!network.bridgeName().isEmpty() && ip.isBridge(network.bridgeName())) {
      ip.ip("link", "del", network.bridgeName());
    }
  }

  @Override
  public void releaseIfUnused(NetworkRecord network) {
    String br = network.bridgeName();
    if (!br.isEmpty() && ip.isBridge(br) && ip.bridgeHasNoPorts(br)) {
      ip.ip("link", "del", br);
    }
  }

  private synchronized void ensureBridge(NetworkRecord network) {
    String br = network.bridgeName();
    if (ip.linkExists(br)) {
      checkBridgeName(br);
      isolate(br);
      return;
    }
    Subnet subnet = Subnet.parse(network.ipam().get(0).subnet());
    String gateway = network.ipam().get(0).gateway().isEmpty() ? subnet.base().plus(1).toString() : network.ipam().get(0).gateway();
    ip.ip("link", "add", br, "type", "bridge");
    try {
      ip.batch(List.of(
          List.of("addr", "add", gateway + "/" + subnet.prefix(), "dev", br),
          List.of("link", "set", br, "up")));
      isolate(br);
    } catch (RuntimeException e) {
      ip.ip("link", "del", br);
      throw e;
    }
  }

  /**
   * Packets that come in on the bridge are never routed on by the host
   * ({@code net.ipv4.conf.<bridge>.forwarding=0}): a container reaches the containers of its own
   * networks over the bridge, the host's addresses, and nothing behind another network — the
   * isolation dockerd gets from its DOCKER-ISOLATION iptables chains, with no firewall rule to
   * leave behind. Set again at each connect, since writing {@code net.ipv4.ip_forward} resets it.
   */
  static void isolate(String bridge) {
    Path knob = Path.of("/proc/sys/net/ipv4/conf", bridge, "forwarding");
    try {
      java.nio.file.Files.writeString(knob, "0");
    } catch (java.io.IOException e) {
      throw new DrydockException.SystemError("turn off forwarding on " + bridge + ": " + e.getMessage(), e);
    }
  }

  static String hostEnd(EndpointRecord endpoint) {
    return "dd" + endpoint.endpointId().substring(0, 10);
  }
}
