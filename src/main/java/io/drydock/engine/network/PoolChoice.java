package io.drydock.engine.network;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ipam.Subnet;
import io.drydock.engine.network.ipam.SubnetPool;
import java.util.ArrayList;
import java.util.List;

/**
 * Which IPv4 pool a new network gets: the one asked for (checked: a CIDR block, no overlap with
 * another network; host bits are kept as written, as dockerd does), else the first of the automatic pools clear of the other networks and of what
 * the host routes already. Pure: the networks in use are handed in.
 */
final class PoolChoice {
  private final SubnetPool pool;
  private final List<Subnet> hostRoutes;

  PoolChoice(SubnetPool pool, List<Subnet> hostRoutes) {
    this.pool = pool;
    this.hostRoutes = List.copyOf(hostRoutes);
  }

  IpamPool choose(IpamPool asked, List<Subnet> inUse) {
    if (asked.subnet() == null || asked.subnet().isEmpty()) {
      if (asked.ipRange() != null && !asked.ipRange().isEmpty() || asked.gateway() != null && !asked.gateway().isEmpty()) {
        throw new DrydockException.InvalidArgument("a gateway or ip-range needs a subnet");
      }
      List<Subnet> avoid = new ArrayList<>(inUse);
      avoid.addAll(hostRoutes);
      return new IpamPool(pool.next(avoid).toString(), "", "");
    }
    Subnet subnet;
    try {
      subnet = Subnet.parse(asked.subnet());
    } catch (DrydockException.InvalidArgument e) {
      throw new DrydockException.InvalidArgument("Invalid subnet " + asked.subnet() + " : " + e.getMessage());
    }
    for (Subnet s : inUse) {
      if (s.overlaps(subnet)) {
        throw new DrydockException.Forbidden("Pool overlaps with other one on this address space");
      }
    }
    IpamPool normalized = new IpamPool(asked.subnet(), asked.gateway() == null ? "" : asked.gateway(), asked.ipRange() == null ? "" : asked.ipRange());
    LiveNetwork.ipamOf(new NetworkRecord("x", "x", "bridge", "", false, false, null, null, List.of(normalized), "", true));
    return normalized;
  }

  /** The configured default-bridge subnet, or the first free pool when the host routes it already. */
  Subnet defaultBridge(Subnet configured, List<Subnet> inUse) {
    if (hostRoutes.stream().noneMatch(configured::overlaps)) {
      return configured;
    }
    List<Subnet> avoid = new ArrayList<>(hostRoutes);
    avoid.addAll(inUse);
    return pool.next(avoid);
  }
}
