package io.drydock.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.drydock.common.DrydockException;
import io.drydock.testing.LocalRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker login}'s check: against the real registry behind htpasswd (Basic), an open one,
 * a loopback token server (Bearer, as Docker Hub), and a closed port.
 */
class RegistryLoginTest {
  @TempDir Path dir;

  private final RegistryClient client = new RegistryClient(RegistryConfig.DEFAULT);

  @Test
  void basicAuthRegistryAcceptsOnlyTheRightPassword() throws Exception {
    try (LocalRegistry registry = LocalRegistry.startWithAuth(dir.resolve("registry"), "alice", "s3cret")) {
      assertThat(client.login(new RegistryAuth("alice", "s3cret", registry.address(), "")))
          .isEqualTo(new LoginResult("Login Succeeded", ""));
      assertThat(client.login(new RegistryAuth("alice", "s3cret", "http://" + registry.address() + "/", "")).status())
          .isEqualTo("Login Succeeded");
      assertThatThrownBy(() -> client.login(new RegistryAuth("alice", "wrong", registry.address(), "")))
          .isInstanceOf(DrydockException.Unauthorized.class)
          .hasMessage("login attempt to http://" + registry.address() + "/v2/ failed with status: 401 Unauthorized");
      assertThatThrownBy(() -> client.login(new RegistryAuth("mallory", "s3cret", registry.address(), "")))
          .isInstanceOf(DrydockException.Unauthorized.class);
    }
  }

  @Test
  void anOpenRegistryAcceptsAnyone() throws Exception {
    try (LocalRegistry registry = LocalRegistry.start(dir.resolve("registry"))) {
      assertThat(client.login(new RegistryAuth("anyone", "anything", registry.address(), "")).status()).isEqualTo("Login Succeeded");
    }
  }

  @Test
  void tokenServerChecksTheCredentials() throws IOException {
    List<String> tokenQueries = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String address = "127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/token", ex -> {
      tokenQueries.add(ex.getRequestURI().getRawQuery());
      String expected = "Basic " + Base64.getEncoder().encodeToString("bob:pw".getBytes(StandardCharsets.UTF_8));
      if (expected.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        reply(ex, 200, "{\"token\":\"T0KEN\"}");
      } else {
        reply(ex, 401, "{\"details\":\"incorrect username or password\"}");
      }
    });
    server.createContext("/v2/", ex -> {
      if ("Bearer T0KEN".equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        reply(ex, 200, "{}");
      } else {
        ex.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"http://" + address + "/token\",service=\"hub\"");
        reply(ex, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}");
      }
    });
    server.start();
    try {
      assertThat(client.login(new RegistryAuth("bob", "pw", address, "")).status()).isEqualTo("Login Succeeded");
      assertThat(tokenQueries).containsExactly("service=hub");
      assertThatThrownBy(() -> client.login(new RegistryAuth("bob", "nope", address, "")))
          .isInstanceOf(DrydockException.Unauthorized.class)
          .hasMessage("Get \"http://" + address + "/v2/\": unauthorized: incorrect username or password");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aClosedPortIsA500WithGoWording() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    int closed = port;
    assertThatThrownBy(() -> client.login(new RegistryAuth("a", "b", "127.0.0.1:" + closed, "")))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("Get \"http://127.0.0.1:" + closed + "/v2/\": dial tcp 127.0.0.1:" + closed + ": connect: connection refused");
  }

  @Test
  void somethingThatIsNoRegistryIsA500NamingTheStatus() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> reply(ex, 404, "{}"));
    server.start();
    try {
      String address = "127.0.0.1:" + server.getAddress().getPort();
      assertThatThrownBy(() -> client.login(new RegistryAuth("a", "b", address, "")))
          .isInstanceOf(DrydockException.SystemError.class)
          .hasMessage("login attempt to http://" + address + "/v2/ failed with status: 404 Not Found");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void serverAddressesNameTheirHost() {
    assertThat(RegistryLogin.hostOf("")).isEqualTo("docker.io");
    assertThat(RegistryLogin.hostOf("https://index.docker.io/v1/")).isEqualTo("index.docker.io");
    assertThat(RegistryLogin.hostOf("127.0.0.1:5000")).isEqualTo("127.0.0.1:5000");
    assertThat(RegistryLogin.hostOf("http://localhost:5000/")).isEqualTo("localhost:5000");
    assertThatThrownBy(() -> RegistryLogin.hostOf("bad host")).isInstanceOf(DrydockException.InvalidArgument.class);
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }
}
