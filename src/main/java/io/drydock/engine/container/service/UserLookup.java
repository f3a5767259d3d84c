package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.spec.ResolvedUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves {@code user[:group]} against the container's {@code /etc/passwd} and {@code /etc/group}
 * as runc's libcontainer/user does: numbers pass through, names must exist. The files are read
 * from the mounted rootfs and never followed outside it (symlinked passwd files are refused).
 */
final class UserLookup {
  private UserLookup() {}

  static ResolvedUser resolve(String spec, Path rootfs) {
    if (spec == null || spec.isEmpty()) {
      return ResolvedUser.ROOT;
    }
    String[] parts = spec.split(":", 2);
    List<String[]> passwd = read(rootfs, "passwd");
    List<String[]> group = read(rootfs, "group");
    long uid;
    long gid = 0;
    String userName = null;
    if (parts[0].matches("\\d+")) {
      uid = Long.parseLong(parts[0]);
      Optional<String[]> entry = passwd.stream().filter(e -> e.length > 3 && e[2].equals(parts[0])).findFirst();
      if (entry.isPresent()) {
        gid = parseLong(entry.get()[3]);
        userName = entry.get()[0];
      }
    } else {
      String[] entry = passwd.stream().filter(e -> e.length > 3 && e[0].equals(parts[0])).findFirst()
          .orElseThrow(() -> new DrydockException.InvalidArgument("unable to find user " + parts[0] + ": no matching entries in passwd file"));
      uid = parseLong(entry[2]);
      gid = parseLong(entry[3]);
      userName = entry[0];
    }
    if (parts.length == 2) {
      String g = parts[1];
      if (g.matches("\\d+")) {
        gid = Long.parseLong(g);
      } else {
        gid = group.stream().filter(e -> e.length > 2 && e[0].equals(g)).findFirst()
            .map(e -> parseLong(e[2]))
            .orElseThrow(() -> new DrydockException.InvalidArgument("unable to find group " + g + ": no matching entries in group file"));
      }
    }
    List<Long> extra = new ArrayList<>();
    if (userName != null && parts.length == 1) {
      for (String[] e : group) {
        if (e.length > 3 && List.of(e[3].split(",")).contains(userName)) {
          long g = parseLong(e[2]);
          if (g != gid) {
            extra.add(g);
          }
        }
      }
    }
    return new ResolvedUser(uid, gid, extra);
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<String[]> read(Path rootfs, String name) {
    Path file = rootfs.resolve("etc").resolve(name);
    List<String[]> out = new ArrayList<>();
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(rootfs.resolve("etc"))) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split(":", -1));
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }
}
