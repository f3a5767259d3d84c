package io.drydock.engine.network.bridge;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.EndpointRecord;
import io.drydock.engine.network.NetworkDriver;
import io.drydock.engine.network.NetworkRecord;
import io.drydock.engine.network.Sandbox;
import io.drydock.engine.network.ipam.Subnet;
import java.nio.file.Path;

/**
 * Bridge networks with iproute2. A network's bridge is created when its first endpoint is wired
 * (so creating a network through the API changes nothing on the host until a container uses it)
 * and deleted with the network. An endpoint is a veth pair: the host end ({@code dd} + 10 hex of
 * the endpoint id) enslaved to the bridge, the other end moved into the sandbox, renamed
 * ({@code eth0}...), given its address and MAC; {@code eth0} also gets the default route via the
 * gateway. A failure part way deletes the pair, so nothing stays half-wired.
 */
public final class BridgeDriver implements NetworkDriver {
  private final IpCommand ip;

  public BridgeDriver(IpCommand ip) {
    this.ip = ip;
  }

  @Override
  public void connect(Sandbox sandbox, NetworkRecord network, EndpointRecord endpoint, String ifName) {
    Path netns = sandbox.netnsPath().orElseThrow(() -> new DrydockException.InvalidArgument("container " + sandbox.containerId() + " has no network namespace"));
    ensureBridge(network);
    String host = hostEnd(endpoint);
    String peer = "dp" + endpoint.endpointId().substring(0, 10);
    ip.ip("link", "add", host, "type", "veth", "peer", "name", peer);
    try {
      ip.ip("link", "set", host, "master", network.bridgeName(), "up");
      ip.ip("link", "set", peer, "netns", netns.toString());
      ip.ipIn(netns, "link", "set", "lo", "up");
      ip.ipIn(netns, "link", "set", peer, "name", ifName);
      ip.ipIn(netns, "link", "set", ifName, "address", endpoint.mac());
      ip.ipIn(netns, "addr", "add", endpoint.ipv4() + "/" + endpoint.prefix(), "dev", ifName);
      ip.ipIn(netns, "link", "set", ifName, "up");
      if (ifName.equals("eth0") && !network.internal()) {
        ip.ipIn(netns, "route", "add", "default", "via", endpoint.gateway());
      }
    } catch (RuntimeException e) {
      if (ip.linkExists(host)) {
        ip.ip("link", "del", host);
      }
      throw e;
    }
  }

  @Override
  public void disconnect(Sandbox sandbox, NetworkRecord network, EndpointRecord endpoint) {
    String host = hostEnd(endpoint);
    if (ip.linkExists(host)) {
      ip.ip("link", "del", host);
    }
  }

  @Override
  public void removeNetwork(NetworkRecord network) {
    if (!network.bridgeName().isEmpty() && ip.linkExists(network.bridgeName())) {
      ip.ip("link", "del", network.bridgeName());
    }
  }

  private synchronized void ensureBridge(NetworkRecord network) {
    String br = network.bridgeName();
    if (ip.linkExists(br)) {
      return;
    }
    Subnet subnet = Subnet.parse(network.ipam().get(0).subnet());
    String gateway = network.ipam().get(0).gateway().isEmpty() ? subnet.base().plus(1).toString() : network.ipam().get(0).gateway();
    ip.ip("link", "add", br, "type", "bridge");
    try {
      ip.ip("addr", "add", gateway + "/" + subnet.prefix(), "dev", br);
      ip.ip("link", "set", br, "up");
    } catch (RuntimeException e) {
      ip.ip("link", "del", br);
      throw e;
    }
  }

  static String hostEnd(EndpointRecord endpoint) {
    return "dd" + endpoint.endpointId().substring(0, 10);
  }
}
