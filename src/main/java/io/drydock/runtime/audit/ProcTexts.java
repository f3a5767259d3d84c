package io.drydock.runtime.audit;

import io.drydock.common.DrydockException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parsers of the small /proc texts an audit reads: namespace links, cgroup membership, limits. */
public final class ProcTexts {
  private ProcTexts() {}

  /** The inode of a namespace link text such as {@code pid:[4026531836]}. */
  public static long namespaceInode(String link) {
    int open = link.indexOf(":[");
    if (open < 0 || !link.endsWith("]")) {
      throw new DrydockException.InvalidArgument("ns link: not TYPE:[INODE]: " + link);
    }
    try {
      return Long.parseLong(link.substring(open + 2, link.length() - 1));
    } catch (NumberFormatException e) {
      throw new DrydockException.InvalidArgument("ns link: inode is not a number: " + link, e);
    }
  }

  /**
   * {@code /proc/<pid>/cgroup}: each v1 controller (and named hierarchy) to its path; the key
   * {@code ""} is the cgroup v2 path.
   */
  public static Map<String, String> cgroupPaths(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] p = line.split(":", 3);
      if (p.length != 3) {
        throw new DrydockException.InvalidArgument("cgroup: malformed line: " + line);
      }
      if (p[1].isEmpty()) {
        out.put("", p[2]);
      } else {
        for (String c : p[1].split(",")) {
          out.put(c, p[2]);
        }
      }
    }
    return out;
  }

  /** A soft and hard resource limit; {@code -1} stands for unlimited. */
  public record Limit(long soft, long hard) {}

  /** {@code /proc/<pid>/limits} (fixed-width columns): "Max open files" etc. to soft/hard. */
  public static Map<String, Limit> limits(String text) {
    Map<String, Limit> out = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith("Max ")) {
        continue;
      }
      if (line.length() < 48) {
        throw new DrydockException.InvalidArgument("limits: malformed line: " + line);
      }
      String[] cols = {line.substring(0, 26).trim(), line.substring(26, 47).trim(),
          line.substring(47, Math.min(line.length(), 68)).trim()};
      out.put(cols[0], new Limit(value(cols[1]), value(cols[2])));
    }
    return out;
  }

  private static long value(String v) {
    return v.equals("unlimited") ? -1 : Long.parseLong(v);
  }
}
