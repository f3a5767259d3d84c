package io.drydock.engine.image;

import io.drydock.common.DrydockException;
import io.drydock.common.GoDuration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /build/prune}, which {@code docker system prune} and {@code docker builder prune}
 * call. drydock keeps no build cache beside its images (the classic builder's cache is the
 * intermediate images, which image prune removes), so a prune deletes nothing; what it does do is
 * refuse the filters dockerd 20.10's build cache refuses, in its words, so that a script that is
 * wrong against dockerd is wrong here too instead of silently "succeeding".
 */
public final class BuildCachePrune {
  private static final String PREFIX = "failed to prune build cache: ";
  private static final Set<String> KNOWN = Set.of("until", "unused-for", "id", "parent", "type", "description", "inuse",
      "shared", "private", "label", "label!");

  private BuildCachePrune() {}

  /** What a prune removed: the ids of the cache records and the bytes they held. */
  public record Report(List<String> cachesDeleted, long spaceReclaimed) {}

  public static Report prune(Map<String, List<String>> filters) {
    for (String key : filters.keySet()) {
      if (!KNOWN.contains(key)) {
        throw new DrydockException.InvalidArgument(PREFIX + "Invalid filter '" + key + "'");
      }
    }
    String durationKey = filters.containsKey("until") ? "until" : "unused-for";
    for (Map.Entry<String, List<String>> e : filters.entrySet()) {
      Set<String> values = new LinkedHashSet<>(e.getValue());
      if (values.size() > 1) {
        throw new DrydockException.InvalidArgument(PREFIX + "filters expect only one value");
      }
      if (e.getKey().equals(durationKey) && values.size() == 1) {
        checkDuration(durationKey, values.iterator().next());
      }
    }
    return new Report(List.of(), 0);
  }

  private static void checkDuration(String key, String value) {
    try {
      GoDuration.parse(value);
    } catch (IllegalArgumentException e) {
      throw new DrydockException.SystemError(PREFIX + "\"" + key + "\" filter expects a duration (e.g., '24h'): " + e.getMessage());
    }
  }
}
