package io.drydock.conformance.glue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Requests against one engine endpoint ({@code DOCKER_HOST} syntax), one connection each. */
public final class EngineClient {
  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final String dockerHost;
  private final Duration timeout;

  public EngineClient(String dockerHost) {
    this(dockerHost, TIMEOUT);
  }

  /** A client whose every read may wait up to {@code timeout} (for tests that load the daemon). */
  public EngineClient(String dockerHost, Duration timeout) {
    this.dockerHost = dockerHost;
    this.timeout = timeout;
  }

  public String dockerHost() {
    return dockerHost;
  }

  public HttpResult request(String method, String target) {
    return request(method, target, Map.of(), new byte[0]);
  }

  public HttpResult request(String method, String target, Map<String, String> headers, byte[] body) {
    try (HttpConnection c = HttpConnection.open(dockerHost)) {
      c.send(method, target, headers, body);
      HttpHead head = c.readHead(timeout);
      return new HttpResult(head, c.readBody(method, head, timeout));
    }
  }

  /** Several requests, one after the other, on one keep-alive connection. */
  java.util.List<HttpResult> sequence(String... methodAndTargets) {
    java.util.List<HttpResult> results = new java.util.ArrayList<>();
    try (HttpConnection c = HttpConnection.open(dockerHost)) {
      for (String mt : methodAndTargets) {
        String[] parts = mt.split(" ", 2);
        c.send(parts[0], parts[1], Map.of(), new byte[0]);
        HttpHead head = c.readHead(TIMEOUT);
        results.add(new HttpResult(head, c.readBody(parts[0], head, TIMEOUT)));
      }
    }
    return results;
  }

  public HttpResult postJson(String target, String json) {
    return request("POST", target, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends a GET and returns once the response head has arrived, leaving the body to be streamed. */
  JsonLineStream stream(String target, Duration headTimeout) {
    HttpConnection c = HttpConnection.open(dockerHost);
    try {
      c.send("GET", target, Map.of(), new byte[0]);
      return new JsonLineStream(c, c.readHead(headTimeout));
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
  }
}
