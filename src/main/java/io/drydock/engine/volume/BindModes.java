package io.drydock.engine.volume;

import java.util.EnumSet;
import java.util.Set;

/**
 * dockerd's check of a {@code -v} string's mode list ({@code ro,rslave,z}): each word one of
 * {@code rw|ro}, {@code z|Z}, a propagation, {@code nocopy} or a consistency ({@code consistent},
 * {@code cached}, {@code delegated}, accepted and without effect on Linux), and at most one word of
 * each kind. An empty list is valid; an empty word in a list is not.
 */
public final class BindModes {
  /** The kinds of mode word; a list holds at most one word of each. */
  public enum Kind { ACCESS, LABEL, PROPAGATION, COPY, CONSISTENCY }

  private static final Set<String> PROPAGATIONS = Set.of("private", "rprivate", "shared", "rshared", "slave", "rslave");

  private BindModes() {}

  static boolean valid(String modes) {
    return valid(modes, EnumSet.allOf(Kind.class));
  }

  /** As {@link #valid(String)}, with only the words of {@code allowed} kinds ({@code --volumes-from} takes no propagation or nocopy). */
  public static boolean valid(String modes, Set<Kind> allowed) {
    if (modes.isEmpty()) {
      return true;
    }
    int[] seen = new int[Kind.values().length];
    for (String word : modes.split(",", -1)) {
      Kind k = kindOf(word);
      if (k == null || !allowed.contains(k) || ++seen[k.ordinal()] > 1) {
        return false;
      }
    }
    return true;
  }

  static boolean isPropagation(String word) {
    return PROPAGATIONS.contains(word);
  }

  private static Kind kindOf(String word) {
    return switch (word) {
      case "rw", "ro" -> Kind.ACCESS;
      case "z", "Z" -> Kind.LABEL;
      case "nocopy" -> Kind.COPY;
      case "consistent", "cached", "delegated" -> Kind.CONSISTENCY;
      default -> PROPAGATIONS.contains(word) ? Kind.PROPAGATION : null;
    };
  }
}
