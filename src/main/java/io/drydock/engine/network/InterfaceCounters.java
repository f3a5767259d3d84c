package io.drydock.engine.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The traffic counters of one network interface, as {@code docker stats} shows them per network
 * ({@code networks} of the stats JSON). They are read from {@code /proc/<pid>/net/dev} of a process
 * in the container's namespace: that file lists the interfaces of the reader's target namespace
 * under their names inside it ({@code eth0}), which is what dockerd reports, and needs no entry
 * into the namespace. The loopback device is left out, as dockerd lists only its endpoints'
 * interfaces. The kernel's counters are unsigned 64-bit (dockerd's {@code uint64}): each is kept in a
 * {@code long}'s bits, so one past 2^63 reads negative in Java and is shown with
 * {@link Long#toUnsignedString(long)}.
 */
public record InterfaceCounters(long rxBytes, long rxPackets, long rxErrors, long rxDropped,
    long txBytes, long txPackets, long txErrors, long txDropped) {
  private static final String LOOPBACK = "lo";

  /** The interfaces of {@code pid}'s network namespace; empty when the process is gone. */
  public static SortedMap<String, InterfaceCounters> ofProcess(long pid) {
    try {
      return parse(Files.readString(Path.of("/proc", Long.toString(pid), "net", "dev"), StandardCharsets.US_ASCII));
    } catch (IOException e) {
      return new TreeMap<>();
    }
  }

  /**
   * The rows of a {@code net/dev} text by interface name: after the two header lines, {@code
   * name: } then eight receive columns (bytes, packets, errs, drop, fifo, frame, compressed,
   * multicast) and eight transmit columns (bytes, packets, errs, drop, fifo, colls, carrier,
   * compressed). Rows that do not have that shape are skipped.
   */
  static SortedMap<String, InterfaceCounters> parse(String netDev) {
    SortedMap<String, InterfaceCounters> out = new TreeMap<>();
    for (String line : netDev.split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).strip();
      String[] f = line.substring(colon + 1).strip().split("\\s+");
      if (name.isEmpty() || name.equals(LOOPBACK) || f.length < 16 || !numeric(f)) {
        continue;
      }
      out.put(name, new InterfaceCounters(n(f[0]), n(f[1]), n(f[2]), n(f[3]), n(f[8]), n(f[9]), n(f[10]), n(f[11])));
    }
    return out;
  }

  private static boolean numeric(String[] fields) {
    for (String f : fields) {
      if (f.isEmpty() || !f.chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  private static long n(String s) {
    return Long.parseUnsignedLong(s);
  }
}
