package io.drydock.engine.network;

import io.drydock.engine.network.ipam.Subnet;
import io.drydock.engine.network.ipam.SubnetPool;
import java.util.List;

/**
 * What the daemon's options say about addresses and the default {@code bridge} network, given to
 * {@link Networks} as one value instead of a chain of constructors.
 *
 * @param pool where automatic subnets of new networks come from (dockerd's default address pools)
 * @param defaultBridge the default bridge's subnet when it is first created ({@code --bip})
 * @param hostRoutes subnets the host routes already ({@link HostRoutes}); automatic pools and the
 *     default bridge's subnet avoid them
 * @param bridgeName the Linux bridge of the default {@code bridge} network when it is first
 *     created ({@code --bridge})
 */
public record NetworkDefaults(SubnetPool pool, Subnet defaultBridge, List<Subnet> hostRoutes, String bridgeName) {
  /** The default bridge's name unless the daemon is given another ({@code --bridge}). */
  public static final String SHARED_DEFAULT_BRIDGE = "dd0";

  public NetworkDefaults {
    hostRoutes = List.copyOf(hostRoutes);
  }

  /** No routes to avoid, the shared default bridge. */
  public static NetworkDefaults of(SubnetPool pool, Subnet defaultBridge) {
    return new NetworkDefaults(pool, defaultBridge, List.of(), SHARED_DEFAULT_BRIDGE);
  }

  public NetworkDefaults withHostRoutes(List<Subnet> routes) {
    return new NetworkDefaults(pool, defaultBridge, routes, bridgeName);
  }
}
