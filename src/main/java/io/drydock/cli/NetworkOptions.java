package io.drydock.cli;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.NetworkDefaults;
import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.ipam.Subnet;
import io.drydock.engine.network.ipam.SubnetPool;

/**
 * The daemon's network flags, dockerd's names: {@code --bridge} (the default network's Linux
 * bridge), {@code --bip} (its subnet, {@code 172.17.0.0/16} by default, moved when the host
 * routes it) and {@code --ip} (the host address of published ports given without one; loopback
 * by default, where dockerd uses 0.0.0.0 — a {@code -p 8080:80} should not open a port to the
 * network unasked). The first two apply when the default network is first created.
 */
record NetworkOptions(String bridgeName, Subnet bridgeSubnet, Ipv4 defaultBindIp) {
  static final NetworkOptions DEFAULT = new NetworkOptions(NetworkDefaults.SHARED_DEFAULT_BRIDGE, SubnetPool.DEFAULT_BRIDGE, Ipv4.parse("127.0.0.1"));

  static NetworkOptions parse(String bridge, String bip, String ip) {
    if (!bridge.matches("[A-Za-z0-9_.-]{1,15}")) {
      throw new DrydockException.InvalidArgument("invalid --bridge " + bridge + ": a Linux interface name of at most 15 characters");
    }
    return new NetworkOptions(bridge, Subnet.parse(bip), Ipv4.parse(ip));
  }
}
