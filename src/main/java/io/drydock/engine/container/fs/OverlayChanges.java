package io.drydock.engine.container.fs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The changes of an overlayfs upper directory, decided as dockerd's overlay driver does
 * ({@code archive.OverlayChanges}): the upper tree is visited in walk order (each directory's
 * names sorted, parents before children); a whiteout (0/0 character device) or an opaque directory
 * is a deletion; any other path is an addition unless a lower layer has it, then a modification —
 * except a directory whose size, mode and mtime equal the lower one's, which overlayfs copied up
 * only because something below it changed. The parent of an added or deleted path is reported as
 * modified (once, just before it), so {@code /tmp} shows up when {@code /tmp/x} is created.
 */
public final class OverlayChanges {
  private OverlayChanges() {}

  /**
   * The changes, in dockerd's order. {@code upper} maps each relative path of the upper tree (no
   * leading slash) to its facts, in walk order; {@code lower} answers what the lower layers show at a
   * relative path (the first layer that has it).
   */
  public static List<Change> of(LinkedHashMap<String, FileFacts> upper, Function<String, Optional<FileFacts>> lower) {
    List<Change> changes = new ArrayList<>();
    Set<String> changedDirs = new HashSet<>();
    for (Map.Entry<String, FileFacts> e : upper.entrySet()) {
      String path = "/" + e.getKey();
      FileFacts f = e.getValue();
      ChangeKind kind;
      if (f.whiteout() || f.opaque()) {
        kind = ChangeKind.DELETED;
      } else {
        Optional<FileFacts> below = lower.apply(e.getKey());
        if (below.isPresent() && below.get().directory() && f.directory() && sameDirectory(f, below.get())) {
          continue;
        }
        kind = below.isPresent() ? ChangeKind.MODIFIED : ChangeKind.ADDED;
      }
      if (f.directory()) {
        changedDirs.add(path);
      }
      if (kind != ChangeKind.MODIFIED) {
        String parent = parentOf(path);
        if (!parent.equals("/") && changedDirs.add(parent)) {
          changes.add(new Change(parent, ChangeKind.MODIFIED));
        }
      }
      changes.add(new Change(path, kind));
    }
    return changes;
  }

  private static boolean sameDirectory(FileFacts a, FileFacts b) {
    return a.size() == b.size() && a.mode() == b.mode() && sameTime(a, b);
  }

  /** Go's sameFsTime: equal seconds and equal nanoseconds, or one side without nanoseconds. */
  private static boolean sameTime(FileFacts a, FileFacts b) {
    return a.mtime().getEpochSecond() == b.mtime().getEpochSecond()
        && (a.mtime().getNano() == b.mtime().getNano() || a.mtime().getNano() == 0 || b.mtime().getNano() == 0);
  }

  static String parentOf(String absolute) {
    int slash = absolute.lastIndexOf('/');
    return slash <= 0 ? "/" : absolute.substring(0, slash);
  }
}
