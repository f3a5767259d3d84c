package io.drydock.conformance.glue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code Version} an engine reports in {@code GET /version}, asked once per endpoint: some rows
 * name a release of dockerd that is known to answer them differently.
 */
final class EngineVersion {
  private static final Map<String, String> SEEN = new ConcurrentHashMap<>();

  private EngineVersion() {}

  static String of(EngineClient client) {
    return SEEN.computeIfAbsent(client.dockerHost(), h -> {
      HttpResult r = client.request("GET", "/version");
      return r.head().status() == 200 ? r.json().path("Version").asText("") : "";
    });
  }

  /** dockerd 20.10 (Debian's docker.io says {@code 20.10.24+dfsg1}). */
  static boolean isDockerd2010(EngineClient client) {
    return of(client).startsWith("20.10.");
  }
}
