package io.drydock.engine.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * dockerd's environment merge ({@code ReplaceOrAppendEnvValues}): entries of {@code overrides}
 * replace the entry of {@code base} with the same key in place, new keys are appended, and an
 * entry without {@code =} in the overrides removes the key.
 */
public final class EnvMerge {
  private EnvMerge() {}

  public static List<String> merge(List<String> base, List<String> overrides) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String e : base) {
      byKey.put(key(e), e);
    }
    for (String e : overrides) {
      if (!e.contains("=")) {
        byKey.remove(e);
      } else {
        byKey.put(key(e), e);
      }
    }
    return new ArrayList<>(byKey.values());
  }

  private static String key(String entry) {
    int eq = entry.indexOf('=');
    return eq < 0 ? entry : entry.substring(0, eq);
  }
}
