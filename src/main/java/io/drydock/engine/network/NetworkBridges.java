package io.drydock.engine.network;

import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Linux bridges of the bridge networks across daemon runs. dockerd keeps them when it stops
 * and makes a missing one again when it starts; drydock deletes the unused ones at stop, so a
 * stopped daemon leaves the host clean, and makes every user network's again at start. The shared
 * default bridge stays at stop, as {@code docker0} does, since other drydock daemons on the host
 * may be using it.
 */
final class NetworkBridges {
  private static final Logger LOG = LoggerFactory.getLogger(NetworkBridges.class);

  private NetworkBridges() {}

  /** At daemon start: each user network's missing bridge; one that cannot be made is logged (the next connect tries again). */
  static void restore(NetworkDriver driver, Collection<LiveNetwork> networks) {
    for (LiveNetwork n : networks) {
      if (!n.record.predefined() && n.record.driver().equals("bridge")) {
        try {
          driver.createNetwork(n.record);
        } catch (RuntimeException e) {
          LOG.warn("network {}: bridge {} not restored: {}", n.record.name(), n.record.bridgeName(), e.getMessage());
        }
      }
    }
  }

  /** At daemon stop: the bridges no wired endpoint uses, but the shared default one. */
  static void releaseUnused(NetworkDriver driver, Collection<LiveNetwork> networks) {
    for (LiveNetwork n : networks) {
      if (n.record.driver().equals("bridge") && (!n.record.defaultBridge() || !n.record.bridgeName().equals(NetworkDefaults.SHARED_DEFAULT_BRIDGE))) {
        driver.releaseIfUnused(n.record);
      }
    }
  }
}
