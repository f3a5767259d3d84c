package io.drydock.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Bearer token flow as Docker Hub runs it, against a small loopback server playing both the
 * registry (answers 401 with a Bearer challenge until it sees the token) and the token realm
 * (issues the token only for the right Basic credentials and the asked scope).
 */
class TokenFlowTest {
  private static final byte[] MANIFEST = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\"}".getBytes(StandardCharsets.UTF_8);
  private HttpServer server;
  private final List<String> tokenQueries = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/token", this::token);
    server.createContext("/v2/", this::registry);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  private void token(HttpExchange ex) throws IOException {
    tokenQueries.add(ex.getRequestURI().getRawQuery());
    String expected = "Basic " + Base64.getEncoder().encodeToString("bob:pw".getBytes(StandardCharsets.UTF_8));
    if (!expected.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
      reply(ex, 401, "{\"details\":\"incorrect username or password\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    reply(ex, 200, "{\"token\":\"T0KEN\"}".getBytes(StandardCharsets.UTF_8));
  }

  private void registry(HttpExchange ex) throws IOException {
    if (!"Bearer T0KEN".equals(ex.getRequestHeaders().getFirst("Authorization"))) {
      ex.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"http://" + address() + "/token\",service=\"test-registry\",scope=\"repository:team/app:pull\"");
      reply(ex, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    ex.getResponseHeaders().add("Content-Type", "application/vnd.oci.image.manifest.v1+json");
    ex.getResponseHeaders().add("Docker-Content-Digest", Digest.sha256Of(MANIFEST).toString());
    reply(ex, 200, MANIFEST);
  }

  private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
    ex.close();
  }

  @Test
  void tokenIsFetchedWithBasicCredentialsAndScope() {
    RemoteRepository repo = new RegistryClient(RegistryConfig.DEFAULT)
        .repository(ImageRef.parse(address() + "/team/app:1"), Optional.of(new RegistryAuth("bob", "pw", "", "")), false);
    RemoteRepository.FetchedManifest m = repo.manifest("1");
    assertThat(m.bytes()).isEqualTo(MANIFEST);
    assertThat(m.digest()).isEqualTo(Digest.sha256Of(MANIFEST));
    assertThat(tokenQueries).hasSize(1);
    assertThat(tokenQueries.get(0)).contains("service=test-registry").contains("scope=repository%3Ateam%2Fapp%3Apull");
    repo.manifest("1");
    assertThat(tokenQueries).hasSize(1);
  }

  @Test
  void tokenServerRefusalIsUnauthorized() {
    RemoteRepository repo = new RegistryClient(RegistryConfig.DEFAULT)
        .repository(ImageRef.parse(address() + "/team/app:1"), Optional.of(new RegistryAuth("bob", "nope", "", "")), false);
    assertThatThrownBy(() -> repo.manifest("1")).isInstanceOf(DrydockException.Unauthorized.class)
        .hasMessageContaining("the token server refused the credentials of user \"bob\"");
  }
}
