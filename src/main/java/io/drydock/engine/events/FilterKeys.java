package io.drydock.engine.events;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * dockerd 20.10's reading of a {@code filters} map, shared by every list and prune so the refusals
 * read the same everywhere: an unknown key is {@code Invalid filter 'key'}, and a boolean filter
 * ({@code dangling}) takes {@code true}/{@code 1} and {@code false}/{@code 0} exactly, any other or
 * a conflicting set of values being {@code Invalid filter 'key=[v1 v2]'} (Go's printing of the
 * value list). A value listed beside a valid one is ignored, as dockerd ignores it.
 */
public final class FilterKeys {
  private FilterKeys() {}

  public static void check(Map<String, List<String>> filters, Set<String> known) {
    for (String key : filters.keySet()) {
      if (!known.contains(key)) {
        throw invalid(key);
      }
    }
  }

  public static DrydockException.InvalidArgument invalid(String what) {
    return new DrydockException.InvalidArgument("Invalid filter '" + what + "'");
  }

  /** The boolean filter {@code key}, empty when absent. */
  public static Optional<Boolean> bool(Map<String, List<String>> filters, String key) {
    List<String> values = filters.get(key);
    if (values == null) {
      return Optional.empty();
    }
    boolean yes = values.contains("true") || values.contains("1");
    boolean no = values.contains("false") || values.contains("0");
    if (yes == no) {
      throw invalid(key + "=" + values.stream().sorted().toList().toString().replace(", ", " "));
    }
    return Optional.of(yes);
  }
}
