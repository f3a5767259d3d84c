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
  /** What an init layer entry is. */
  public enum Kind { DIRECTORY, FILE, SYMLINK }

  /** The one symlink among them: {@code /etc/mtab} to {@code /proc/mounts}, told by its target. */
  public static final String MTAB = "etc/mtab";
  public static final String MTAB_TARGET = "/proc/mounts";

  /**
   * dockerd's init layer, in the order it is made (a parent before its children): what the engine
   * creates in a container's tree and what diff, commit and SizeRw then hide.
   */
  public static final Map<String, Kind> INIT_LAYER = initLayer();

  /** The init layer's entries and {@code /dev}, which the runtime makes for its own mount when the image lacks it. */
  static final List<String> PATHS = java.util.stream.Stream.concat(java.util.stream.Stream.of("dev"), INIT_LAYER.keySet().stream()).toList();

  private static Map<String, Kind> initLayer() {
    Map<String, Kind> m = new LinkedHashMap<>();
    m.put(".dockerenv", Kind.FILE);
    m.put("dev/pts", Kind.DIRECTORY);
    m.put("dev/shm", Kind.DIRECTORY);
    m.put("dev/console", Kind.FILE);
    m.put("etc/hostname", Kind.FILE);
    m.put("etc/hosts", Kind.FILE);
    m.put("etc/resolv.conf", Kind.FILE);
    m.put(MTAB, Kind.SYMLINK);
    m.put("proc", Kind.DIRECTORY);
    m.put("sys", Kind.DIRECTORY);
    return java.util.Collections.unmodifiableMap(m);
  }

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
      return p.equals(MTAB) && f.linkTarget().equals(MTAB_TARGET);
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
