package io.drydock.engine.container.fs;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The files the runtime creates in a container's writable layer only to mount something on them
 * ({@code /proc}, {@code /sys}, {@code /dev}, {@code /etc/hosts}, {@code /etc/hostname},
 * {@code /etc/resolv.conf}...) when the image lacks them. dockerd creates these in a separate
 * "init" layer below the container's, so neither {@code docker diff} nor {@code docker commit}
 * shows them; drydock has no such layer and hides them instead: an added, empty directory or empty
 * file at one of these paths, {@code /etc/mtab} as a symlink to {@code /proc/mounts}, and the directory holding them when it exists only for them (added
 * by the runtime, or the image's with the same mode, and every upper child hidden).
 */
public final class MountPointArtifacts {
  static final List<String> PATHS = List.of("dev", "proc", "sys", ".dockerenv", "etc/hostname", "etc/hosts", "etc/resolv.conf", "etc/mtab",
      "dev/pts", "dev/shm", "dev/console");

  /** The one symlink among them: {@code /etc/mtab} to {@code /proc/mounts} (a symlink's size is its target's length). */
  private static final String MTAB = "etc/mtab";
  private static final String MTAB_TARGET = "/proc/mounts";

  private MountPointArtifacts() {}

  /** The relative paths of {@code upper} to hide. */
  public static Set<String> of(Map<String, FileFacts> upper, Function<String, Optional<FileFacts>> lower) {
    Set<String> hidden = new HashSet<>();
    for (String p : PATHS) {
      FileFacts f = upper.get(p);
      if (f != null && !f.whiteout() && !f.opaque() && lower.apply(p).isEmpty() && empty(p, f, upper)) {
        hidden.add(p);
      }
    }
    for (String p : PATHS) {
      if (!hidden.contains(p)) {
        continue;
      }
      String parent = p.contains("/") ? p.substring(0, p.lastIndexOf('/')) : "";
      FileFacts dir = upper.get(parent);
      Optional<FileFacts> before = parent.isEmpty() ? Optional.empty() : lower.apply(parent);
      boolean unchanged = before.isEmpty() || before.get().directory() && before.get().mode() == dir.mode();
      if (!parent.isEmpty() && dir != null && !dir.opaque() && unchanged && childrenOf(parent, upper).stream().allMatch(hidden::contains)) {
        hidden.add(parent);
      }
    }
    return hidden;
  }

  /** {@code upper} without the hidden paths, in the same order. */
  public static LinkedHashMap<String, FileFacts> without(LinkedHashMap<String, FileFacts> upper, Set<String> hidden) {
    LinkedHashMap<String, FileFacts> out = new LinkedHashMap<>(upper);
    out.keySet().removeAll(hidden);
    return out;
  }

  private static boolean empty(String p, FileFacts f, Map<String, FileFacts> upper) {
    if (f.type() == FileFacts.FileType.SYMLINK) {
      return p.equals(MTAB) && f.size() == MTAB_TARGET.length();
    }
    if (f.directory()) {
      return childrenOf(p, upper).isEmpty();
    }
    return f.type() == FileFacts.FileType.REGULAR && f.size() == 0;
  }

  private static List<String> childrenOf(String dir, Map<String, FileFacts> upper) {
    String prefix = dir + "/";
    return upper.keySet().stream().filter(k -> k.startsWith(prefix) && k.indexOf('/', prefix.length()) < 0).toList();
  }
}
