package io.drydock.runtime.audit;

import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line of {@code /proc/<pid>/mountinfo} with what an audit asks of it: where, what (root
 * inside the source filesystem, type, source) and whether the mount itself is read-only.
 *
 * @param root the path inside the mounted filesystem ({@code /null} for a bind of /dev/null)
 * @param mountPoint where it is mounted, as the process sees it
 * @param options the per-mount options ({@code ro}, {@code nosuid}, ...)
 */
public record MountEntry(String root, String mountPoint, Set<String> options, String fsType, String source) {
  public MountEntry {
    options = Set.copyOf(options);
  }

  public boolean readOnly() {
    return options.contains("ro");
  }

  /** Parses a whole mountinfo text, in order (later lines stack on earlier ones). */
  public static List<MountEntry> parseAll(String text) {
    List<MountEntry> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.add(parse(line));
      }
    }
    return out;
  }

  static MountEntry parse(String line) {
    String[] f = line.trim().split(" ");
    int sep = -1;
    for (int i = 6; i < f.length; i++) {
      if (f[i].equals("-")) {
        sep = i;
        break;
      }
    }
    if (f.length < 10 || sep < 0 || f.length < sep + 3) {
      throw new DrydockException.InvalidArgument("mountinfo: malformed line: " + line);
    }
    return new MountEntry(unescape(f[3]), unescape(f[4]), Set.of(f[5].split(",")), f[sep + 1], unescape(f[sep + 2]));
  }

  /** Undoes the kernel's octal escapes ({@code \040} for a space). */
  static String unescape(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
        out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
