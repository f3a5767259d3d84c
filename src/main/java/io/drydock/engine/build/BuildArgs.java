package io.drydock.engine.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --build-arg}s of one build and which of them a Dockerfile consumed. The proxy
 * variables are predefined: a RUN sees them without an ARG, history does not record them and
 * they are never reported as unused.
 */
final class BuildArgs {
  static final Set<String> PREDEFINED = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy",
      "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

  private final Map<String, String> given;
  private final Set<String> consumed = new LinkedHashSet<>();

  BuildArgs(Map<String, String> given) {
    this.given = given;
  }

  /** The value of {@code ARG name[=default]}: the build-arg when given with a value, else the default (null: none). */
  String declare(String name, String defaultValue) {
    consumed.add(name);
    String v = given.get(name);
    return v != null ? v : defaultValue;
  }

  /** The predefined ones given with a value, for a RUN's environment. */
  Map<String, String> predefined() {
    Map<String, String> out = new LinkedHashMap<>();
    given.forEach((k, v) -> {
      if (PREDEFINED.contains(k) && v != null) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** Given but never declared: dockerd's closing warning lists them, sorted. */
  List<String> unused() {
    List<String> out = new ArrayList<>();
    for (String k : given.keySet()) {
      if (!consumed.contains(k) && !PREDEFINED.contains(k)) {
        out.add(k);
      }
    }
    out.sort(null);
    return out;
  }
}
