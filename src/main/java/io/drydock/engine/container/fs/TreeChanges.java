package io.drydock.engine.container.fs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The changes between a container's full tree and its image's tree, for the copying snapshotter
 * that has no upper directory (dockerd's {@code ChangesDirs} for vfs): a path only in the new tree
 * is added, one only in the old tree deleted (only the topmost deleted path is listed), one in both
 * modified when its type, mode, size (files) or mtime differ. Sorted by path, components compared
 * in order, so a directory comes right before what is below it.
 */
public final class TreeChanges {
  private TreeChanges() {}

  public static List<Change> of(Map<String, FileFacts> now, Map<String, FileFacts> before) {
    List<Change> out = new ArrayList<>();
    for (Map.Entry<String, FileFacts> e : now.entrySet()) {
      FileFacts old = before.get(e.getKey());
      if (old == null) {
        out.add(new Change("/" + e.getKey(), ChangeKind.ADDED));
      } else if (differs(e.getValue(), old)) {
        out.add(new Change("/" + e.getKey(), ChangeKind.MODIFIED));
      }
    }
    for (String old : before.keySet()) {
      if (!now.containsKey(old) && (OverlayChanges.parentOf("/" + old).equals("/") || now.containsKey(OverlayChanges.parentOf("/" + old).substring(1)))) {
        out.add(new Change("/" + old, ChangeKind.DELETED));
      }
    }
    out.sort(Comparator.comparing(Change::path, TreeChanges::compareComponents));
    return out;
  }

  private static boolean differs(FileFacts a, FileFacts b) {
    return a.type() != b.type() || a.mode() != b.mode() || (!a.directory() && a.size() != b.size()) || !a.mtime().equals(b.mtime());
  }

  static int compareComponents(String x, String y) {
    String[] a = x.split("/");
    String[] b = y.split("/");
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = a[i].compareTo(b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }
}
