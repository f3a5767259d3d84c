package io.drydock.engine.network.ipam;

import io.drydock.common.DrydockException;

/** An IPv4 address as its 32 bits; the one form the allocator, the driver and DNS share. */
public record Ipv4(int bits) implements Comparable<Ipv4> {
  public static Ipv4 parse(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new DrydockException.InvalidArgument("invalid IPv4 address: " + text);
    }
    int bits = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        throw new DrydockException.InvalidArgument("invalid IPv4 address: " + text);
      }
      int octet = Integer.parseInt(p);
      if (octet > 255) {
        throw new DrydockException.InvalidArgument("invalid IPv4 address: " + text);
      }
      bits = bits << 8 | octet;
    }
    return new Ipv4(bits);
  }

  public static Ipv4 ofBytes(byte[] b) {
    return new Ipv4((b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff));
  }

  public byte[] toBytes() {
    return new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
  }

  public Ipv4 plus(long n) {
    return new Ipv4((int) (Integer.toUnsignedLong(bits) + n));
  }

  public long unsigned() {
    return Integer.toUnsignedLong(bits);
  }

  public boolean isLoopback() {
    return (bits >>> 24) == 127;
  }

  @Override
  public int compareTo(Ipv4 o) {
    return Integer.compareUnsigned(bits, o.bits);
  }

  @Override
  public String toString() {
    return (bits >>> 24) + "." + (bits >>> 16 & 0xff) + "." + (bits >>> 8 & 0xff) + "." + (bits & 0xff);
  }
}
