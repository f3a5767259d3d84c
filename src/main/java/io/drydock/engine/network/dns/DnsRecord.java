package io.drydock.engine.network.dns;

import java.util.Arrays;

/** One resource record; {@code data} is the raw RDATA (4 bytes for an A record). */
public record DnsRecord(String name, int type, int rclass, long ttl, byte[] data) {
  public DnsRecord {
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DnsRecord r && r.name.equals(name) && r.type == type && r.rclass == rclass && r.ttl == ttl && Arrays.equals(r.data, data);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(data) + type;
  }

  @Override
  public String toString() {
    return "DnsRecord[" + name + " type " + type + " class " + rclass + " ttl " + ttl + " " + Arrays.toString(data) + "]";
  }
}
