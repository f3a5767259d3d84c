package io.drydock.engine.registry;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code filters} of {@code GET /images/search} (pure): {@code is-official}, {@code is-automated}
 * ({@code true|false}) and {@code stars} (at least that many). Any other key, or a value that is
 * not a boolean or a number, is refused with dockerd's {@code Invalid filter 'x'} wording.
 */
public record SearchFilter(Optional<Boolean> official, Optional<Boolean> automated, long minStars) {
  public static final SearchFilter NONE = new SearchFilter(Optional.empty(), Optional.empty(), 0);

  public static SearchFilter parse(Map<String, List<String>> filters) {
    Optional<Boolean> official = Optional.empty();
    Optional<Boolean> automated = Optional.empty();
    long stars = 0;
    for (Map.Entry<String, List<String>> e : filters.entrySet()) {
      for (String value : e.getValue()) {
        switch (e.getKey()) {
          case "is-official" -> official = Optional.of(bool(e.getKey(), value));
          case "is-automated" -> automated = Optional.of(bool(e.getKey(), value));
          case "stars" -> stars = Math.max(stars, number(value));
          default -> throw new DrydockException.InvalidArgument("Invalid filter '" + e.getKey() + "'");
        }
      }
    }
    return new SearchFilter(official, automated, stars);
  }

  private static boolean bool(String key, String value) {
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new DrydockException.InvalidArgument("Invalid filter '" + key + "=" + value + "'");
    };
  }

  private static long number(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new DrydockException.InvalidArgument("Invalid filter 'stars=" + value + "'");
    }
  }

  public boolean test(SearchResult r) {
    return official.map(o -> o == r.official()).orElse(true)
        && automated.map(a -> a == r.automated()).orElse(true)
        && r.starCount() >= minStars;
  }
}
