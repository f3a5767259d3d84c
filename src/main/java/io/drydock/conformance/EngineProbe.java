package io.drydock.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpResult;
import java.net.URI;

/**
 * What the runner asks an engine before it runs anything there: does it answer, what does it call
 * itself, and is it empty. The scenarios remove every container of the engine after each
 * container scenario, so an engine that holds containers is refused rather than emptied.
 */
final class EngineProbe {
  private EngineProbe() {}

  /** Checks the syntax of a {@code DOCKER_HOST}-style endpoint; throws with the accepted forms. */
  static void checkSyntax(String host) {
    URI uri;
    try {
      uri = URI.create(host);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid --host " + host + ": " + e.getMessage());
    }
    boolean unix = "unix".equals(uri.getScheme()) && uri.getPath() != null && uri.getPath().startsWith("/");
    boolean tcp = "tcp".equals(uri.getScheme()) && uri.getHost() != null && uri.getPort() > 0;
    if (!unix && !tcp) {
      throw new IllegalArgumentException("invalid --host " + host + ": expected unix:///path/to.sock or tcp://HOST:PORT");
    }
  }

  /** The engine's own name and version from {@code GET /version}; throws when it does not answer. */
  static String describe(String host) {
    HttpResult r = get(host, "/version");
    if (r.head().status() != 200) {
      throw new IllegalArgumentException("engine at " + host + " answered GET /version with " + r.head().status() + ": " + r.text());
    }
    return label(r.json());
  }

  /**
   * The table's column header: the first component's name and the version ("Podman Engine 4.3.1");
   * where that component is plain "Engine" (dockerd, drydock), the platform's name instead, or
   * "Docker Engine" when the platform has none.
   */
  static String label(JsonNode version) {
    String name = version.path("Components").path(0).path("Name").asText("");
    if (name.isBlank() || name.equals("Engine")) {
      String platform = version.path("Platform").path("Name").asText("");
      name = !platform.isBlank() ? platform : name.equals("Engine") ? "Docker Engine" : "engine";
    }
    String v = version.path("Version").asText("");
    return v.isBlank() ? name : name + " " + v;
  }

  /** Throws when the engine holds containers, which the scenarios would remove. */
  static void requireNoContainers(String host) {
    HttpResult r = get(host, "/containers/json?all=1");
    if (r.head().status() != 200 || !r.json().isArray()) {
      throw new IllegalArgumentException("engine at " + host + " answered GET /containers/json with " + r.head().status() + ": " + r.text());
    }
    if (r.json().size() > 0) {
      throw new IllegalArgumentException("engine at " + host + " holds " + r.json().size()
          + " container(s); the scenarios remove every container of the engine they run against, so point conformance at a scratch engine");
    }
  }

  private static HttpResult get(String host, String target) {
    try {
      return new EngineClient(host).request("GET", target);
    } catch (RuntimeException e) {
      String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw new IllegalArgumentException("cannot reach the engine at " + host + ": " + cause);
    }
  }
}
