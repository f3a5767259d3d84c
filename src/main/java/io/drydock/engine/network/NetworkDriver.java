package io.drydock.engine.network;

/**
 * The kernel side of bridge networks, so that the network service (objects, addresses, rules)
 * can be tested without root. {@link io.drydock.engine.network.bridge.BridgeDriver} is the real
 * one: Linux bridge, veth pairs, addresses and routes.
 */
public interface NetworkDriver {
  /** Creates the network's bridge if missing (a host may have lost it) and plugs the endpoint into the sandbox as {@code ifName}. */
  void connect(Sandbox sandbox, NetworkRecord network, EndpointRecord endpoint, String ifName);

  /** Removes the endpoint's interface from the sandbox (a no-op if it is gone). */
  void disconnect(Sandbox sandbox, NetworkRecord network, EndpointRecord endpoint);

  /**
   * Makes the network's bridge with its gateway address, as dockerd does at {@code network create}
   * and again at daemon start for a network whose bridge is gone; an existing bridge is kept.
   */
  default void createNetwork(NetworkRecord network) {}

  /** Deletes the network's bridge if it exists. */
  void removeNetwork(NetworkRecord network);

  /** Deletes the network's bridge if it exists and no interface is enslaved to it (daemon stop). */
  default void releaseIfUnused(NetworkRecord network) {}

  /** Refuses a bridge name the host already gives to an interface that is not a bridge. */
  default void checkBridgeName(String name) {}

  /** A driver that touches nothing; for engines run without kernel networking (API-only tests). */
  NetworkDriver NOTHING = new NetworkDriver() {
    @Override
    public void connect(Sandbox sandbox, NetworkRecord network, EndpointRecord endpoint, String ifName) {}

    @Override
    public void disconnect(Sandbox sandbox, NetworkRecord network, EndpointRecord endpoint) {}

    @Override
    public void removeNetwork(NetworkRecord network) {}
  };
}
