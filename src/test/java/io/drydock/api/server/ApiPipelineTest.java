package io.drydock.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.api.JsonBodies;
import io.drydock.api.RawStream;
import io.drydock.api.RouteHandler;
import io.drydock.common.DrydockException;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiPipelineTest {
  private static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }

  @Test
  void pingAnswersOkWithTheNegotiationHeaders() {
    String r = new Testbed().exchange(Testbed.get("/_ping"));
    assertThat(r).startsWith("HTTP/1.1 200 OK\r\n")
        .contains("API-Version: 1.41\r\n", "OSType: linux\r\n", "Docker-Experimental: false\r\n", "Builder-Version: 1\r\n",
            "Cache-Control: no-cache, no-store, must-revalidate\r\n", "Pragma: no-cache\r\n", "server: Docker/0.1.0 (linux)\r\n",
            "content-type: text/plain; charset=utf-8\r\n");
    assertThat(body(r)).isEqualTo("OK");
  }

  @Test
  void headPingHasHeadersAndNoBody() {
    String r = new Testbed().exchange("HEAD /_ping HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(r).startsWith("HTTP/1.1 200 OK\r\n").contains("API-Version: 1.41\r\n", "content-length: 0\r\n");
    assertThat(body(r)).isEmpty();
  }

  @Test
  void versionedAndUnversionedPathsReachTheSameRoute() {
    Testbed t = new Testbed();
    assertThat(body(t.exchange(Testbed.get("/v1.24/_ping")))).isEqualTo("OK");
    assertThat(body(t.exchange(Testbed.get("/v1.41/_ping")))).isEqualTo("OK");
  }

  @Test
  void tooNewAndTooOldVersionsAre400WithDockerdsWords() {
    Testbed t = new Testbed();
    String r = t.exchange(Testbed.get("/v1.42/version"));
    assertThat(r).startsWith("HTTP/1.1 400 Bad Request").contains("content-type: application/json\r\n", "API-Version: 1.41");
    assertThat(body(r)).isEqualTo("{\"message\":\"client version 1.42 is too new. Maximum supported API version is 1.41\"}\n");
    assertThat(body(t.exchange(Testbed.get("/v1.12/version")))).contains("client version 1.12 is too old. Minimum supported API version is 1.24");
  }

  @Test
  void unknownPathsAndWrongMethodsArePageNotFound() {
    Testbed t = new Testbed();
    String r = t.exchange(Testbed.get("/v1.41/nothing/here"));
    assertThat(r).startsWith("HTTP/1.1 404 Not Found");
    assertThat(body(r)).isEqualTo("{\"message\":\"page not found\"}\n");
    assertThat(r).contains("content-length: " + body(r).length() + "\r\n");
    assertThat(t.exchange("DELETE /_ping HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1 404 Not Found").endsWith("{\"message\":\"page not found\"}\n");
  }

  @Test
  void operationsNotBuiltYetAre501NamingTheOperation() {
    String r = new Testbed().exchange(Testbed.get("/v1.41/containers/json?all=1"));
    assertThat(r).startsWith("HTTP/1.1 501 Not Implemented");
    assertThat(body(r)).isEqualTo("{\"message\":\"ContainerList (GET /containers/json) is not implemented by drydock yet\"}\n");
  }

  private static String post(String id) {
    return "POST /test/" + id + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n";
  }

  @Test
  void errorClassesMapToDockersStatuses() {
    Map<String, RouteHandler> h = Map.of(
        "notFound", (q, s) -> { throw new DrydockException.NotFound("No such container: x"); },
        "invalid", (q, s) -> { throw new DrydockException.InvalidArgument("bad"); },
        "conflict", (q, s) -> { throw new DrydockException.Conflict("taken"); },
        "notModified", (q, s) -> { throw new DrydockException.NotModified("already started"); },
        "unauthorized", (q, s) -> { throw new DrydockException.Unauthorized("who"); },
        "forbidden", (q, s) -> { throw new DrydockException.Forbidden("no"); },
        "unavailable", (q, s) -> { throw new DrydockException.Unavailable("later", null); },
        "notImplemented", (q, s) -> { throw new DrydockException.NotImplemented("nope"); },
        "system", (q, s) -> { throw new DrydockException.SystemError("mount: EPERM"); },
        "bug", (q, s) -> { throw new IllegalStateException("oops"); });
    Testbed t = new Testbed(h);
    assertThat(t.exchange(post("notFound"))).startsWith("HTTP/1.1 404").endsWith("{\"message\":\"No such container: x\"}\n");
    assertThat(t.exchange(post("invalid"))).startsWith("HTTP/1.1 400");
    assertThat(t.exchange(post("conflict"))).startsWith("HTTP/1.1 409");
    assertThat(t.exchange(post("unauthorized"))).startsWith("HTTP/1.1 401");
    assertThat(t.exchange(post("forbidden"))).startsWith("HTTP/1.1 403");
    assertThat(t.exchange(post("unavailable"))).startsWith("HTTP/1.1 503");
    assertThat(t.exchange(post("notImplemented"))).startsWith("HTTP/1.1 501");
    assertThat(t.exchange(post("system"))).startsWith("HTTP/1.1 500").endsWith("{\"message\":\"mount: EPERM\"}\n");
    assertThat(t.exchange(post("bug"))).startsWith("HTTP/1.1 500").endsWith("{\"message\":\"oops\"}\n");
    String notModified = t.exchange(post("notModified"));
    assertThat(notModified).startsWith("HTTP/1.1 304 Not Modified");
    assertThat(body(notModified)).isEmpty();
    assertThat(notModified).doesNotContainIgnoringCase("content-type");
  }

  record Payload(String name) {}

  @Test
  void malformedJsonAndWrongContentTypeAre400() {
    RouteHandler read = (q, s) -> s.json(HttpResponseStatus.OK, JsonBodies.read(q, Payload.class).orElseThrow());
    Testbed t = new Testbed(Map.of("read", read));
    String bad = "POST /test/read HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\nxyz{}";
    assertThat(t.exchange(bad)).startsWith("HTTP/1.1 400").endsWith("{\"message\":\"invalid character 'x' looking for beginning of value\"}\n");
    String text = "POST /test/read HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n{}";
    assertThat(t.exchange(text)).startsWith("HTTP/1.1 400").endsWith("{\"message\":\"Content-Type specified (text/plain) must be 'application/json'\"}\n");
    String good = "POST /test/read HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 14\r\n\r\n{\"name\":\"a\"}  ";
    assertThat(t.exchange(good)).startsWith("HTTP/1.1 200").endsWith("{\"name\":\"a\"}\n");
  }

  @Test
  void anOversizedBodyIs413AndClosesTheConnection() {
    Testbed t = new Testbed(Map.of("sink", (q, s) -> s.empty(HttpResponseStatus.NO_CONTENT)));
    String r = t.exchange("POST /test/sink HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + (Testbed.MAX_BODY + 1) + "\r\n\r\n");
    assertThat(r).startsWith("HTTP/1.1 413 Request Entity Too Large").contains("content-type: application/json", "API-Version: 1.41");
    assertThat(body(r)).isEqualTo("{\"message\":\"request body is too large: the limit is 1024 bytes\"}\n");
    assertThat(t.channel.isOpen()).isFalse();
  }

  @Test
  void aBodyWithinTheLimitIsAccepted() {
    Testbed t = new Testbed(Map.of("sink", (q, s) -> s.empty(HttpResponseStatus.NO_CONTENT)));
    String payload = "x".repeat(Testbed.MAX_BODY);
    String r = t.exchange("POST /test/sink HTTP/1.1\r\nHost: x\r\nContent-Length: " + payload.length() + "\r\n\r\n" + payload);
    assertThat(r).startsWith("HTTP/1.1 204 No Content");
    assertThat(t.channel.isOpen()).isTrue();
  }

  @Test
  void keepAliveServesSeveralRequestsAndConnectionCloseEndsIt() {
    Testbed t = new Testbed();
    assertThat(t.exchange(Testbed.get("/_ping"))).startsWith("HTTP/1.1 200");
    assertThat(t.exchange(Testbed.get("/_ping"))).startsWith("HTTP/1.1 200");
    assertThat(t.channel.isOpen()).isTrue();
    assertThat(t.exchange("GET /_ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).contains("connection: close");
    assertThat(t.channel.isOpen()).isFalse();
  }

  @Test
  void aMalformedRequestIs400AndClosesTheConnection() {
    Testbed t = new Testbed();
    String r = t.exchange("GET /_ping HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n");
    assertThat(r).startsWith("HTTP/1.1 400 Bad Request").contains("malformed HTTP request");
    assertThat(t.channel.isOpen()).isFalse();
  }

  @Test
  void pipelinedRequestsAreAnsweredOneAtATimeInOrder() {
    java.util.ArrayDeque<Runnable> tasks = new java.util.ArrayDeque<>();
    Testbed t = new Testbed(Map.of(), tasks::add);
    t.exchange(Testbed.get("/_ping") + Testbed.get("/v1.41/nothing"));
    assertThat(tasks).as("the second request waits for the first response").hasSize(1);
    tasks.poll().run();
    t.channel.runPendingTasks();
    String first = t.drain();
    assertThat(tasks).hasSize(1);
    tasks.poll().run();
    t.channel.runPendingTasks();
    assertThat(first).startsWith("HTTP/1.1 200 OK").endsWith("OK");
    assertThat(t.drain()).startsWith("HTTP/1.1 404 Not Found");
  }

  @Test
  void http10WithoutKeepAliveIsClosedAfterTheResponse() {
    Testbed t = new Testbed();
    assertThat(t.exchange("GET /_ping HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 200");
    assertThat(t.channel.isOpen()).isFalse();
  }

  @Test
  void aHijackingRouteGets101AndRawBytesBothWays() {
    RouteHandler echo = (q, s) -> {
      RawStream raw = s.hijack();
      raw.write("hello\n".getBytes(StandardCharsets.UTF_8));
      raw.onInput(bytes -> raw.write(bytes));
    };
    Testbed t = new Testbed(Map.of("attach", echo));
    String r = t.exchange("POST /test/attach HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n\r\n");
    assertThat(r).startsWith("HTTP/1.1 101 UPGRADED\r\n")
        .contains("content-type: application/vnd.docker.raw-stream\r\n", "connection: Upgrade\r\n", "upgrade: tcp\r\n")
        .endsWith("\r\n\r\nhello\n");
    assertThat(t.exchange("GET /not/http\r\n")).isEqualTo("GET /not/http\r\n");
    assertThat(t.channel.pipeline().get(ApiChannelInitializer.CODEC)).isNull();
  }

  @Test
  void anUpgradeRequestAnsweredNormallyClosesTheConnection() {
    Testbed t = new Testbed(Map.of("attach", (q, s) -> { throw new DrydockException.NotFound("No such container: x"); }));
    String r = t.exchange("POST /test/attach HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n\r\nstdin");
    assertThat(r).startsWith("HTTP/1.1 404 Not Found").contains("connection: close").endsWith("{\"message\":\"No such container: x\"}\n");
    assertThat(t.channel.isOpen()).isFalse();
  }

  @Test
  void aRefusedHijackIsWrittenRawLikeDockerdsAttachAndCloses() {
    RouteHandler refuse = (q, s) -> s.hijackRefused(HttpResponseStatus.BAD_REQUEST, "Invalid detach keys (bad) provided");
    Testbed t = new Testbed(Map.of("attach", refuse));
    String r = t.exchange("POST /test/attach HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n\r\n");
    assertThat(r).isEqualTo("HTTP/1.1 400 Bad Request\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\nInvalid detach keys (bad) provided\r\n");
    t.channel.runPendingTasks();
    assertThat(t.channel.isOpen()).isFalse();
  }

  @Test
  void hijackWithoutUpgradeHeaderAnswers200() {
    RouteHandler h = (q, s) -> s.hijack().write(new byte[] {1, 0, 0, 0, 0, 0, 0, 1, 'x'});
    Testbed t = new Testbed(Map.of("attach", h));
    String r = t.exchange("POST /test/attach HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    assertThat(r).startsWith("HTTP/1.1 200 OK\r\n").contains("content-type: application/vnd.docker.raw-stream").endsWith("x");
  }
}
