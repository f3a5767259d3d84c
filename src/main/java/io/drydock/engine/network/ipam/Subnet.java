package io.drydock.engine.network.ipam;

import io.drydock.common.DrydockException;

/** An IPv4 CIDR block ({@code 172.18.0.0/16}), always held with the host bits cleared. */
public record Subnet(Ipv4 base, int prefix) {
  public Subnet {
    if (prefix < 0 || prefix > 32) {
      throw new DrydockException.InvalidArgument("invalid CIDR prefix length " + prefix);
    }
    base = new Ipv4(base.bits() & mask(prefix));
  }

  /** Parses {@code a.b.c.d/n}; host bits are cleared (dockerd keeps a subnet written with them). */
  public static Subnet parse(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      throw new DrydockException.InvalidArgument("invalid CIDR address: " + cidr);
    }
    Ipv4 address;
    int prefix;
    try {
      address = Ipv4.parse(cidr.substring(0, slash));
      prefix = Integer.parseInt(cidr.substring(slash + 1));
    } catch (NumberFormatException | DrydockException.InvalidArgument e) {
      throw new DrydockException.InvalidArgument("invalid CIDR address: " + cidr);
    }
    if (prefix < 0 || prefix > 32) {
      throw new DrydockException.InvalidArgument("invalid CIDR address: " + cidr);
    }
    return new Subnet(address, prefix);
  }

  static int mask(int prefix) {
    return prefix == 0 ? 0 : -1 << (32 - prefix);
  }

  public long size() {
    return 1L << (32 - prefix);
  }

  public Ipv4 broadcast() {
    return base.plus(size() - 1);
  }

  public boolean contains(Ipv4 address) {
    return (address.bits() & mask(prefix)) == base.bits();
  }

  public boolean contains(Subnet other) {
    return other.prefix >= prefix && contains(other.base);
  }

  public boolean overlaps(Subnet other) {
    return contains(other.base) || other.contains(base);
  }

  @Override
  public String toString() {
    return base + "/" + prefix;
  }
}
