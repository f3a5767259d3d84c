package io.drydock.supervisor.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lexical cleaning of tar path names, as Go's filepath.Clean does, with escape detection. */
final class PathNames {
  private PathNames() {}

  /**
   * Cleans {@code name} relative to the layer root. An absolute name is taken as relative to the
   * root and {@code ..} at the root stays at the root (Docker: Clean("/../x") is "/x"); a relative
   * name whose {@code ..} climbs above the root is empty (an escape).
   */
  static Optional<String> clean(String name) {
    boolean absolute = name.startsWith("/");
    List<String> out = new ArrayList<>();
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        } else if (!absolute) {
          return Optional.empty();
        }
        continue;
      }
      out.add(part);
    }
    return Optional.of(String.join("/", out));
  }

  static String parent(String clean) {
    int slash = clean.lastIndexOf('/');
    return slash < 0 ? "" : clean.substring(0, slash);
  }

  static String base(String clean) {
    return clean.substring(clean.lastIndexOf('/') + 1);
  }

  static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }

  static List<String> parts(String clean) {
    return clean.isEmpty() ? List.of() : List.of(clean.split("/"));
  }
}
