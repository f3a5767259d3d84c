package io.drydock.engine.events;

import java.util.List;
import java.util.Map;

/**
 * Docker's {@code label} filter over an object's labels: each value is {@code key} (present) or
 * {@code key=value} (equal), and all of them must hold. Shared by the container, image, network and
 * volume lists and prunes. The prunes' {@code label!} excludes an object when all of its values hold (dockerd's
 * {@code MatchKVList}), so one {@code label!} filter excludes what has that label.
 */
public final class LabelMatch {
  private LabelMatch() {}

  public static boolean all(Map<String, String> labels, List<String> filters) {
    for (String f : filters) {
      int eq = f.indexOf('=');
      boolean ok = eq < 0 ? labels.containsKey(f) : f.substring(eq + 1).equals(labels.get(f.substring(0, eq)));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether the prunes' {@code label!} values keep {@code labels} out. */
  public static boolean excluded(Map<String, String> labels, List<String> notFilters) {
    return !notFilters.isEmpty() && all(labels, notFilters);
  }
}
