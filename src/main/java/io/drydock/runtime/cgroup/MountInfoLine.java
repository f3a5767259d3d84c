package io.drydock.runtime.cgroup;

import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code /proc/<pid>/mountinfo} (proc(5)): the fields that matter for cgroups, with the
 * octal escapes ({@code \040} for a space) of paths undone. The optional fields between the mount
 * options and the {@code -} separator vary in number, so the line is split at the separator first.
 *
 * @param root the path inside the filesystem that is mounted (field 4)
 * @param mountPoint where it is mounted (field 5)
 * @param fsType filesystem type after the separator, e.g. {@code cgroup} or {@code cgroup2}
 * @param source the mount source after the separator
 * @param superOptions per-superblock options; for cgroup v1 they name the controllers
 */
record MountInfoLine(String root, String mountPoint, String fsType, String source, List<String> superOptions) {

  MountInfoLine {
    superOptions = List.copyOf(superOptions);
  }

  static List<MountInfoLine> parseAll(String text) {
    List<MountInfoLine> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(parse(line));
      }
    }
    return lines;
  }

  static MountInfoLine parse(String line) {
    String[] fields = line.trim().split(" ");
    int separator = -1;
    for (int i = 6; i < fields.length; i++) {
      if (fields[i].equals("-")) {
        separator = i;
        break;
      }
    }
    if (fields.length < 10 || separator < 0 || fields.length < separator + 4) {
      throw new DrydockException.SystemError("malformed mountinfo line: " + line);
    }
    return new MountInfoLine(
        unescape(fields[3]),
        unescape(fields[4]),
        fields[separator + 1],
        unescape(fields[separator + 2]),
        List.of(fields[separator + 3].split(",")));
  }

  /** Undoes the kernel's {@code \ooo} octal escapes of space, tab, newline and backslash. */
  static String unescape(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && isOctal(field, i + 1)) {
        out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isOctal(String s, int from) {
    if (from + 3 > s.length()) {
      return false;
    }
    for (int i = from; i < from + 3; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '7') {
        return false;
      }
    }
    return true;
  }
}
