package io.drydock.engine.network.ipam;

import io.drydock.common.DrydockException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The addresses of one network: a subnet, its gateway and the range addresses are handed out
 * from. Like libnetwork's allocator it hands out serially (the next free address after the last
 * one given), so an address just released is not reused at once; it never hands out the network
 * address, the broadcast address or the gateway, and never one address twice.
 */
public final class Ipam {
  private final Subnet subnet;
  private final Ipv4 gateway;
  private final Subnet range;
  private final TreeSet<Ipv4> allocated = new TreeSet<>();
  private Ipv4 cursor;

  /**
   * @param gateway the gateway, or empty for the first host address of the subnet
   * @param ipRange the sub-range to allocate from, or empty for the whole subnet
   */
  public Ipam(Subnet subnet, Optional<Ipv4> gateway, Optional<Subnet> ipRange) {
    if (subnet.prefix() > 30) {
      throw new DrydockException.InvalidArgument("subnet " + subnet + " is too small: it must hold a gateway and at least one address");
    }
    this.subnet = subnet;
    this.gateway = gateway.orElse(subnet.base().plus(1));
    this.range = ipRange.orElse(subnet);
    if (!subnet.contains(this.gateway) || this.gateway.equals(subnet.base()) || this.gateway.equals(subnet.broadcast())) {
      throw new DrydockException.InvalidArgument("invalid gateway " + this.gateway + ": not a host address of subnet " + subnet);
    }
    if (!subnet.contains(range)) {
      throw new DrydockException.InvalidArgument("ip-range " + range + " is not inside subnet " + subnet);
    }
    this.cursor = range.base();
  }

  public Subnet subnet() {
    return subnet;
  }

  public Ipv4 gateway() {
    return gateway;
  }

  public Subnet range() {
    return range;
  }

  /** The next free address of the range. */
  public synchronized Ipv4 allocate() {
    long span = range.size();
    for (long i = 1; i <= span; i++) {
      Ipv4 candidate = range.base().plus(((cursor.unsigned() - range.base().unsigned()) + i) % span);
      if (usable(candidate) && !allocated.contains(candidate)) {
        allocated.add(candidate);
        cursor = candidate;
        return candidate;
      }
    }
    throw new DrydockException.Unavailable("no available IPv4 addresses on this network's address pools: " + subnet, null);
  }

  /**
   * A chosen address; anywhere in the subnet (like Docker, not only in the range). dockerd's
   * words: one taken, the network address, the broadcast address and the gateway are "already in
   * use" (403); one outside the subnet is a 500.
   */
  public synchronized Ipv4 allocate(Ipv4 address) {
    check(address);
    if (!allocated.add(address)) {
      throw new DrydockException.Forbidden("Address already in use");
    }
    return address;
  }

  /** Refuses, as {@link #allocate(Ipv4)} would, an address this pool can never give; a taken one passes. */
  public void check(Ipv4 address) {
    if (!subnet.contains(address)) {
      throw new DrydockException.SystemError("Invalid address " + address + ": It does not belong to any of this network's subnets");
    }
    if (!usable(address)) {
      throw new DrydockException.Forbidden("Address already in use");
    }
  }

  /** Frees an address; releasing one not allocated changes nothing. */
  public synchronized void release(Ipv4 address) {
    allocated.remove(address);
  }

  /** Marks addresses in use again after a restart (unknown or reserved ones are skipped). */
  public synchronized void restore(Collection<Ipv4> addresses) {
    for (Ipv4 a : addresses) {
      if (subnet.contains(a) && usable(a)) {
        allocated.add(a);
      }
    }
  }

  public synchronized boolean isAllocated(Ipv4 address) {
    return allocated.contains(address);
  }

  public synchronized List<Ipv4> allocated() {
    return List.copyOf(allocated);
  }

  private boolean usable(Ipv4 a) {
    return !a.equals(subnet.base()) && !a.equals(subnet.broadcast()) && !a.equals(gateway);
  }
}
