package io.drydock.engine.network;

import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.ipam.Subnet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The IPv4 subnets the host already routes (from {@code /proc/net/route}, default route left
 * out), so that drydock never picks a pool that would shadow them — a real {@code docker0} on
 * 172.17.0.0/16 pushes drydock's default bridge to the next free block, as dockerd does.
 */
public final class HostRoutes {
  private HostRoutes() {}

  public static List<Subnet> read(Path procNetRoute) {
    return read(procNetRoute, "");
  }

  /**
   * The routed subnets but those through {@code ownBridge}: the default bridge another drydock
   * daemon on this host already brought up is shared, not a clash.
   */
  public static List<Subnet> read(Path procNetRoute, String ownBridge) {
    try {
      return parse(Files.readString(procNetRoute), ownBridge);
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Parses the table; fields are hex in host (little-endian) byte order. */
  public static List<Subnet> parse(String table) {
    return parse(table, "");
  }

  static List<Subnet> parse(String table, String skipIface) {
    List<Subnet> out = new ArrayList<>();
    for (String line : table.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 8 || f[0].equals("Iface") || f[0].equals(skipIface)) {
        continue;
      }
      try {
        int dest = Integer.reverseBytes((int) Long.parseLong(f[1], 16));
        int mask = Integer.reverseBytes((int) Long.parseLong(f[7], 16));
        if (mask != 0) {
          out.add(new Subnet(new Ipv4(dest), Integer.bitCount(mask)));
        }
      } catch (NumberFormatException e) {
        // not a route line
      }
    }
    return out;
  }
}
