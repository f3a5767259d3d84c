package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.fs.OwnerNames;
import io.drydock.engine.spec.ResolvedUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code user[:group]} against the container's {@code /etc/passwd} and {@code /etc/group}
 * as runc's libcontainer/user does: numbers pass through, names must exist; the supplementary
 * groups and the home directory are the ones runc gives the process. The files are read
 * from the mounted rootfs and never followed outside it (symlinked passwd files are refused).
 */
public final class UserLookup {
  private UserLookup() {}

  public static ResolvedUser resolve(String spec, Path rootfs) {
    return resolve(spec, List.of(), rootfs);
  }

  /**
   * As {@link #resolve(String, Path)}, with {@code --group-add} after the user's groups (numbers
   * as they are, names from /etc/group; duplicates once), as dockerd adds them for the process
   * and every exec.
   */
  static ResolvedUser resolve(String spec, List<String> groupAdd, Path rootfs) {
    // No user is uid 0, looked up like any other: root's home and groups come from the image.
    String[] parts = (spec == null || spec.isEmpty() ? "0" : spec).split(":", 2);
    List<String[]> passwd = read(rootfs, "passwd");
    List<String[]> group = read(rootfs, "group");
    long uid;
    long gid = 0;
    String userName = null;
    String home = "/";
    if (parts[0].matches("\\d+")) {
      uid = Long.parseLong(parts[0]);
      Optional<String[]> entry = passwd.stream().filter(e -> e.length > 3 && e[2].equals(parts[0])).findFirst();
      if (entry.isPresent()) {
        gid = parseLong(entry.get()[3]);
        userName = entry.get()[0];
        home = field(entry.get(), 5);
      }
    } else {
      String[] entry = passwd.stream().filter(e -> e.length > 3 && e[0].equals(parts[0])).findFirst()
          .orElseThrow(() -> new DrydockException.SystemError("unable to find user " + parts[0] + ": no matching entries in passwd file"));
      uid = parseLong(entry[2]);
      gid = parseLong(entry[3]);
      userName = entry[0];
      home = field(entry, 5);
    }
    if (parts.length == 2) {
      String g = parts[1];
      if (g.matches("\\d+")) {
        gid = Long.parseLong(g);
      } else {
        gid = group.stream().filter(e -> e.length > 2 && e[0].equals(g)).findFirst()
            .map(e -> parseLong(e[2]))
            .orElseThrow(() -> new DrydockException.SystemError("unable to find group " + g + ": no matching entries in group file"));
      }
    }
    // As the process runc starts for dockerd: the primary group first, then (without an explicit
    // group) every group whose member list names the user.
    List<Long> groups = new ArrayList<>(List.of(gid));
    if (userName != null && parts.length == 1) {
      for (String[] e : group) {
        if (e.length > 3 && List.of(e[3].split(",")).contains(userName)) {
          long g = parseLong(e[2]);
          if (!groups.contains(g)) {
            groups.add(g);
          }
        }
      }
    }
    for (String g : groupAdd) {
      long id = g.matches("\\d+") ? Long.parseLong(g) : group.stream().filter(e -> e.length > 2 && e[0].equals(g)).findFirst()
          .map(e -> parseLong(e[2]))
          .orElseThrow(() -> new DrydockException.SystemError("Unable to find group " + g + ": no matching entries in group file"));
      if (!groups.contains(id)) {
        groups.add(id);
      }
    }
    return new ResolvedUser(uid, gid, groups, home);
  }

  /**
   * The container's names for tar headers, as dockerd 20.10 finds them through the C library
   * inside the container's root: the first entry of its {@code /etc/passwd} or {@code /etc/group}
   * with the id, else what systemd's NSS module (in the hosts' default {@code nsswitch.conf} of
   * Debian, Ubuntu and Fedora) makes up for any root: {@code root} for 0, {@code nobody} and
   * {@code nogroup} for 65534.
   */
  static OwnerNames ownerNames(Path rootfs) {
    Map<Long, String> users = byId(read(rootfs, "passwd"));
    Map<Long, String> groups = byId(read(rootfs, "group"));
    users.putIfAbsent(0L, "root");
    users.putIfAbsent(65534L, "nobody");
    groups.putIfAbsent(0L, "root");
    groups.putIfAbsent(65534L, "nogroup");
    return new OwnerNames(users, groups);
  }

  private static Map<Long, String> byId(List<String[]> entries) {
    Map<Long, String> out = new HashMap<>();
    for (String[] e : entries) {
      if (e.length > 2 && !e[0].isEmpty() && e[2].matches("\\d{1,18}")) {
        out.putIfAbsent(Long.parseLong(e[2]), e[0]);
      }
    }
    return out;
  }

  private static String field(String[] entry, int index) {
    return entry.length > index ? entry[index] : "";
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
