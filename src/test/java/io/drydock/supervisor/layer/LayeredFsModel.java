package io.drydock.supervisor.layer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference model of a layered file system, written from the OCI layer spec and nothing else:
 * a tree is {@code path -> "dir" | "file:<content>"}; a layer first removes from the lower tree
 * what its whiteouts and opaque markers name (they apply to lower layers only, in whatever order
 * they appear), then adds its own entries (a directory over a directory merges, anything else
 * replaces). Also generates valid layers from seeds, so jqwik can shrink them.
 */
final class LayeredFsModel {
  sealed interface Op {}

  record MkDir(String path) implements Op {}

  record MkFile(String path, String content) implements Op {}

  record Whiteout(String path) implements Op {}

  record Opaque(String dir) implements Op {}

  private static final String[] NAMES = {"a", "b", "c"};

  private LayeredFsModel() {}

  static Map<String, String> apply(Map<String, String> lower, List<Op> layer) {
    TreeMap<String, String> tree = new TreeMap<>(lower);
    for (Op op : layer) {
      if (op instanceof Whiteout w) {
        removeTree(tree, w.path());
      } else if (op instanceof Opaque o) {
        removeBelow(tree, o.dir());
      }
    }
    for (Op op : layer) {
      if (op instanceof MkDir d && !"dir".equals(tree.get(d.path()))) {
        ensureParents(tree, d.path());
        removeTree(tree, d.path());
        tree.put(d.path(), "dir");
      } else if (op instanceof MkFile f) {
        ensureParents(tree, f.path());
        removeTree(tree, f.path());
        tree.put(f.path(), "file:" + f.content());
      }
    }
    return tree;
  }

  /** Tar extraction creates missing parent directories (Docker: MkdirAll of the parent). */
  private static void ensureParents(Map<String, String> tree, String path) {
    for (String p = PathNames.parent(path); !p.isEmpty(); p = PathNames.parent(p)) {
      String v = tree.putIfAbsent(p, "dir");
      if (v != null && !v.equals("dir")) {
        throw new IllegalStateException("generator bug: parent " + p + " of " + path + " is " + v);
      }
    }
  }

  /** A layer over {@code lower} from seeds: creations in tar order, deletions spliced in anywhere. */
  static List<Op> generate(Map<String, String> lower, List<Long> seeds) {
    TreeMap<String, String> now = new TreeMap<>(lower);
    Set<String> createdHere = new HashSet<>();
    List<Op> creations = new ArrayList<>();
    List<Op> deletions = new ArrayList<>();
    List<Long> positions = new ArrayList<>();
    for (long seed : seeds) {
      int kind = (int) (seed % 5);
      long r = seed / 5;
      switch (kind) {
        case 0, 1 -> create(now, createdHere, creations, kind == 1, r);
        case 2, 4 -> {
          List<String> victims = whiteoutCandidates(now, lower, createdHere);
          if (victims.isEmpty()) {
            continue;
          }
          String victim = victims.get((int) (r % victims.size()));
          deletions.add(new Whiteout(victim));
          positions.add(r / 7);
          removeTree(now, victim);
          if (kind == 4) {
            boolean asDir = (r / 3) % 2 == 0;
            Op op = asDir ? new MkDir(victim) : new MkFile(victim, "re" + (r % 5));
            creations.add(op);
            now.put(victim, asDir ? "dir" : "file:x");
            createdHere.add(victim);
          }
        }
        default -> {
          List<String> dirs = new ArrayList<>();
          for (String p : now.keySet()) {
            if ("dir".equals(now.get(p)) && "dir".equals(lower.get(p))) {
              dirs.add(p);
            }
          }
          if (dirs.isEmpty()) {
            continue;
          }
          String dir = dirs.get((int) (r % dirs.size()));
          deletions.add(new Opaque(dir));
          positions.add(r / 7);
          removeBelow(now, dir);
          createdHere.removeIf(p -> p.startsWith(dir + "/"));
          createdHere.add(dir);
        }
      }
    }
    List<Op> ordered = new ArrayList<>(creations);
    for (int i = 0; i < deletions.size(); i++) {
      ordered.add((int) (positions.get(i) % (ordered.size() + 1)), deletions.get(i));
    }
    return ordered;
  }

  private static void create(TreeMap<String, String> now, Set<String> createdHere, List<Op> out, boolean dir, long r) {
    List<String> parents = new ArrayList<>();
    parents.add("");
    now.forEach((p, v) -> {
      if (v.equals("dir") && p.split("/").length < 3) {
        parents.add(p);
      }
    });
    String parent = parents.get((int) (r % parents.size()));
    String path = PathNames.join(parent, NAMES[(int) ((r / 11) % NAMES.length)]);
    if (dir) {
      out.add(new MkDir(path));
      if (!"dir".equals(now.get(path))) {
        removeTree(now, path);
        now.put(path, "dir");
      }
    } else {
      String content = "c" + (r % 7);
      out.add(new MkFile(path, content));
      removeTree(now, path);
      now.put(path, "file:" + content);
    }
    createdHere.add(path);
  }

  private static List<String> whiteoutCandidates(Map<String, String> now, Map<String, String> lower, Set<String> createdHere) {
    List<String> out = new ArrayList<>();
    for (String p : now.keySet()) {
      boolean fromLower = lower.containsKey(p) && !createdHere.contains(p);
      boolean holdsNew = createdHere.stream().anyMatch(c -> c.startsWith(p + "/"));
      if (fromLower && !holdsNew) {
        out.add(p);
      }
    }
    return out;
  }

  static void removeTree(Map<String, String> tree, String path) {
    tree.remove(path);
    removeBelow(tree, path);
  }

  static void removeBelow(Map<String, String> tree, String dir) {
    tree.keySet().removeIf(p -> p.startsWith(dir + "/"));
  }

  /** The layer as a tarball. */
  static TestTars tar(List<Op> layer) {
    TestTars t = new TestTars();
    for (Op op : layer) {
      if (op instanceof MkDir d) {
        t.dir(d.path());
      } else if (op instanceof MkFile f) {
        t.file(f.path(), f.content());
      } else if (op instanceof Whiteout w) {
        t.file(PathNames.join(PathNames.parent(w.path()), ".wh." + PathNames.base(w.path())), "");
      } else if (op instanceof Opaque o) {
        t.file(PathNames.join(o.dir(), ".wh..wh..opq"), "");
      }
    }
    return t;
  }
}
