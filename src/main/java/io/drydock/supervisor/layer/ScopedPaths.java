package io.drydock.supervisor.layer;

import io.drydock.common.DrydockException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the directory part of a cleaned path inside the layer root as if the root were
 * {@code /} (chroot semantics, like containerd's fs.RootPath): every symlink met on the way is
 * followed, an absolute target restarts at the root and {@code ..} never climbs above it. The
 * result contains no symlink, so writing below it cannot leave the root. The last component is
 * never followed: a file entry replaces a symlink, it does not write through it.
 */
public final class ScopedPaths {
  /** Linux's limit on symlinks followed in one lookup (ELOOP). */
  static final int MAX_LINKS = 40;

  /** What the directory tree holds at a relative path: the target if it is a symlink. */
  @FunctionalInterface
  public interface SymlinkLookup {
    Optional<String> symlinkTarget(String relativePath);
  }

  private ScopedPaths() {}

  /**
   * The cleaned path with its parent directories resolved; InvalidArgument naming {@code entry}
   * after more than 40 symlinks.
   */
  public static String resolveParent(String cleanPath, SymlinkLookup lookup, String entry) {
    String dir = resolveDirectory(PathNames.parent(cleanPath), lookup, entry);
    return PathNames.join(dir, PathNames.base(cleanPath));
  }

  /** A directory path with every component (the last one too) resolved inside the root. */
  public static String resolveDirectory(String cleanDir, SymlinkLookup lookup, String entry) {
    Deque<String> todo = new ArrayDeque<>(PathNames.parts(cleanDir));
    List<String> resolved = new ArrayList<>();
    int links = 0;
    while (!todo.isEmpty()) {
      String part = todo.pollFirst();
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!resolved.isEmpty()) {
          resolved.remove(resolved.size() - 1);
        }
        continue;
      }
      resolved.add(part);
      Optional<String> link = lookup.symlinkTarget(String.join("/", resolved));
      if (link.isEmpty()) {
        continue;
      }
      if (++links > MAX_LINKS) {
        throw new DrydockException.InvalidArgument(
            "refusing layer entry \"" + entry + "\": too many levels of symbolic links");
      }
      resolved.remove(resolved.size() - 1);
      if (link.get().startsWith("/")) {
        resolved.clear();
      }
      List<String> targetParts = List.of(link.get().split("/"));
      for (int i = targetParts.size() - 1; i >= 0; i--) {
        todo.addFirst(targetParts.get(i));
      }
    }
    return String.join("/", resolved);
  }
}
