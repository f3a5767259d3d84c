package io.drydock.engine.network.ipam;

import io.drydock.common.DrydockException;
import java.util.Collection;
import java.util.List;

/**
 * Where networks created without a subnet get theirs: the first block of the configured
 * sequence that overlaps no existing network. Docker's defaults: {@code 172.17.0.0/16} for the
 * {@code bridge} network, then 172.18–172.31/16 and 192.168.0.0/20 blocks for user networks.
 */
public final class SubnetPool {
  private final List<Subnet> candidates;

  public SubnetPool(List<Subnet> candidates) {
    this.candidates = List.copyOf(candidates);
  }

  /** Docker's default address pools for local networks (after the default bridge's). */
  public static SubnetPool dockerDefaults() {
    java.util.ArrayList<Subnet> list = new java.util.ArrayList<>();
    for (int b = 18; b <= 31; b++) {
      list.add(Subnet.parse("172." + b + ".0.0/16"));
    }
    for (int c = 0; c < 256; c += 16) {
      list.add(Subnet.parse("192.168." + c + ".0/20"));
    }
    return new SubnetPool(list);
  }

  public static final Subnet DEFAULT_BRIDGE = Subnet.parse("172.17.0.0/16");

  /** The first candidate overlapping none of {@code inUse}. */
  public Subnet next(Collection<Subnet> inUse) {
    for (Subnet s : candidates) {
      if (inUse.stream().noneMatch(s::overlaps)) {
        return s;
      }
    }
    throw new DrydockException.Unavailable(
        "could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network", null);
  }
}
