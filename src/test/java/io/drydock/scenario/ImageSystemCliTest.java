package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.drydock.conformance.glue.HttpResult;
import io.drydock.testing.LocalRegistry;
import io.drydock.testing.Requirements;
import io.drydock.testing.ScenarioTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real docker CLI against drydock for the image/system odds and ends: the registry-facing
 * commands ({@code search}, {@code login}), image sizes as dockerd reports them, and what a daemon
 * without swarm and plugins answers ({@code node ls}, {@code swarm leave}, {@code plugin ls},
 * {@code plugin inspect}), and {@code system prune}, whose last step is the build cache's prune.
 */
@ScenarioTest
class ImageSystemCliTest {
  private static final String SEARCH_ANSWER = "{\"num_results\":2,\"query\":\"busy\",\"results\":["
      + "{\"name\":\"busybox\",\"description\":\"Busybox base image.\",\"star_count\":3100,\"is_official\":true,\"is_automated\":false},"
      + "{\"name\":\"team/busy-app\",\"description\":\"an app\",\"star_count\":7,\"is_official\":false,\"is_automated\":false}]}";

  @RegisterExtension
  static final CliDaemon DAEMON = CliDaemon.bare("drydock-registry-cli");

  @Test
  void searchShowsWhatTheRegistrysV1SearchFound() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/search", ex -> {
      byte[] body = SEARCH_ANSWER.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    try {
      CommandResult r = DAEMON.docker("search", "127.0.0.1:" + server.getAddress().getPort() + "/busy");
      assertThat(r.exitCode()).as(r.stderr()).isZero();
      assertThat(r.stdout()).containsPattern("NAME\\s+DESCRIPTION\\s+STARS\\s+OFFICIAL")
          .containsPattern("busybox\\s+Busybox base image\\.\\s+3100\\s+\\[OK\\]")
          .containsPattern("team/busy-app\\s+an app\\s+7");
      CommandResult official = DAEMON.docker("search", "--filter", "is-official=true", "--format", "{{.Name}}", "127.0.0.1:" + server.getAddress().getPort() + "/busy");
      assertThat(official.stdout()).isEqualTo("busybox\n");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void searchWithoutARegistryPrintsTheConnectionFailure() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    CommandResult r = DAEMON.docker("search", "127.0.0.1:" + closed + "/busy");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("Error response from daemon: Get \"http://127.0.0.1:" + closed
        + "/v1/search?q=busy&n=25\": dial tcp 127.0.0.1:" + closed + ": connect: connection refused");
  }

  @Test
  void loginChecksTheCredentialsWithTheRegistry() throws Exception {
    Requirements.require("scenario", Files.isExecutable(LocalRegistry.BINARY) ? Optional.empty() : Optional.of("needs docker-registry"));
    try (LocalRegistry registry = LocalRegistry.startWithAuth(DAEMON.dir().resolve("auth-registry"), "alice", "s3cret")) {
      CommandResult bad = DAEMON.docker("login", "-u", "alice", "-p", "wrong", registry.address());
      assertThat(bad.exitCode()).isEqualTo(1);
      assertThat(bad.stderr()).contains("Error response from daemon: login attempt to http://" + registry.address()
          + "/v2/ failed with status: 401 Unauthorized");
      assertThat(DAEMON.dir().resolve("docker-config/config.json")).satisfiesAnyOf(
          p -> assertThat(p).doesNotExist(), p -> assertThat(Files.readString(p)).doesNotContain(registry.address()));

      CommandResult good = DAEMON.docker("login", "-u", "alice", "-p", "s3cret", registry.address());
      assertThat(good.exitCode()).as(good.stderr()).isZero();
      assertThat(good.stdout()).contains("Login Succeeded");
      assertThat(Files.readString(DAEMON.dir().resolve("docker-config/config.json"))).contains(registry.address());
      assertThat(DAEMON.docker("logout", registry.address()).exitCode()).isZero();
    }
  }

  @Test
  void distributionInspectDescribesAPushedImage() throws Exception {
    Requirements.require("scenario", Files.isExecutable(LocalRegistry.BINARY) ? Optional.empty() : Optional.of("needs docker-registry"));
    try (LocalRegistry registry = LocalRegistry.start(DAEMON.dir().resolve("dist-registry"))) {
      String ref = registry.address() + "/dist/hello:1";
      assertThat(DAEMON.docker("tag", "hello", ref).exitCode()).isZero();
      CommandResult push = DAEMON.docker("push", ref);
      assertThat(push.exitCode()).as(push.stderr() + push.stdout()).isZero();
      java.util.regex.Matcher pushed = java.util.regex.Pattern.compile("1: digest: (sha256:[0-9a-f]{64}) size: (\\d+)").matcher(push.stdout());
      assertThat(pushed.find()).as(push.stdout()).isTrue();
      String arch = DAEMON.docker("image", "inspect", "-f", "{{.Architecture}}", "hello").stdout().strip();

      HttpResult r = DAEMON.cli().engine().request("GET", "/v1.41/distribution/" + ref + "/json");
      assertThat(r.head().status()).as(r.text()).isEqualTo(200);
      var body = r.json();
      assertThat(body.path("Descriptor").path("mediaType").asText()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
      assertThat(body.path("Descriptor").path("digest").asText()).isEqualTo(pushed.group(1));
      assertThat(body.path("Descriptor").path("size").asLong()).isEqualTo(Long.parseLong(pushed.group(2)));
      assertThat(body.path("Platforms")).hasSize(1);
      assertThat(body.path("Platforms").get(0).path("os").asText()).isEqualTo("linux");
      assertThat(body.path("Platforms").get(0).path("architecture").asText()).isEqualTo(arch);

      HttpResult missing = DAEMON.cli().engine().request("GET", "/v1.41/distribution/" + registry.address() + "/dist/hello:nope/json");
      assertThat(missing.head().status()).as(missing.text()).isEqualTo(404);
      assertThat(DAEMON.docker("rmi", ref).exitCode()).isZero();
    }
  }

  @Test
  void imageSizeIsTheUnpackedSizeOfItsFiles() throws IOException {
    byte[] tar = io.drydock.conformance.glue.BusyboxImage.tar();
    Path gz = DAEMON.dir().resolve("busybox.tar.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(tar);
    }
    CommandResult imported = DAEMON.docker("import", gz.toString(), "sized:1");
    assertThat(imported.exitCode()).as(imported.stderr()).isZero();
    long expected = Files.size(Path.of("/usr/bin/busybox")) + io.drydock.conformance.glue.BusyboxImage.APPLETS.size() * "busybox".length();
    CommandResult inspect = DAEMON.docker("image", "inspect", "-f", "{{.Size}} {{.VirtualSize}}", "sized:1");
    assertThat(inspect.exitCode()).as(inspect.stderr()).isZero();
    assertThat(inspect.stdout().strip()).isEqualTo(expected + " " + expected);
    CommandResult history = DAEMON.docker("history", "--no-trunc", "--human=false", "--format", "{{.Size}}", "sized:1");
    assertThat(history.stdout().strip()).isEqualTo(Long.toString(expected));
    assertThat(DAEMON.docker("rmi", "sized:1").exitCode()).isZero();
  }

  @Test
  void systemDfCountsImagesUsedByContainersAsActive() {
    CommandResult created = DAEMON.docker("create", "--name", "df-user", "hello");
    assertThat(created.exitCode()).as(created.stderr()).isZero();
    try {
      CommandResult df = DAEMON.docker("system", "df", "--format", "{{.Type}} {{.Active}}");
      assertThat(df.exitCode()).as(df.stderr()).isZero();
      assertThat(df.stdout()).contains("Images 1\n");
      CommandResult verbose = DAEMON.docker("system", "df", "-v", "--format", "{{range .Images}}{{.Repository}} {{.Containers}}\n{{end}}");
      assertThat(verbose.exitCode()).as(verbose.stderr()).isZero();
      assertThat(verbose.stdout()).containsPattern("(?m)^\\S+ 1$");
    } finally {
      DAEMON.docker("rm", "-f", "df-user");
    }
  }

  @Test
  void noPluginsAreInstalled() {
    CommandResult ls = DAEMON.docker("plugin", "ls");
    assertThat(ls.exitCode()).as(ls.stderr()).isZero();
    assertThat(ls.stdout().strip()).matches("ID\\s+NAME\\s+DESCRIPTION\\s+ENABLED");
    CommandResult inspect = DAEMON.docker("plugin", "inspect", "nosuch");
    assertThat(inspect.exitCode()).isEqualTo(1);
    assertThat(inspect.stderr()).contains("Error response from daemon: plugin \"nosuch\" not found");
  }

  @Test
  void swarmCommandsSayThisNodeIsNoManager() {
    CommandResult nodes = DAEMON.docker("node", "ls");
    assertThat(nodes.exitCode()).isEqualTo(1);
    assertThat(nodes.stderr()).contains("Error response from daemon: This node is not a swarm manager. "
        + "Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again.");
    CommandResult leave = DAEMON.docker("swarm", "leave");
    assertThat(leave.exitCode()).isEqualTo(1);
    assertThat(leave.stderr()).contains("Error response from daemon: This node is not part of a swarm");
  }

  @Test
  void systemPruneRemovesStoppedContainersAndPrunesTheBuildCache() {
    CommandResult other = DAEMON.docker("create", "--name", "prune-me-too", "hello");
    assertThat(other.exitCode()).as(other.stderr()).isZero();
    CommandResult created = DAEMON.docker("create", "--name", "prune-me", "hello");
    assertThat(created.exitCode()).as(created.stderr()).isZero();
    CommandResult prune = DAEMON.docker("system", "prune", "-f");
    assertThat(prune.exitCode()).as(prune.stderr()).isZero();
    // whatever else the daemon holds (other tests' containers, in any order): this one is among the deleted and gone
    String id = created.stdout().strip();
    assertThat(prune.stdout()).containsPattern("(?m)^Deleted Containers:\n([0-9a-f]{64}\n)*" + id + "$").contains("Total reclaimed space:");
    assertThat(prune.stdout()).containsPattern("(?m)^Deleted Containers:\n([0-9a-f]{64}\n)*" + other.stdout().strip() + "$");
    assertThat(DAEMON.docker("ps", "-aq", "--no-trunc", "--filter", "id=" + id).stdout()).isBlank();
    CommandResult badUntil = DAEMON.docker("builder", "prune", "-f", "--filter", "until=yesterday");
    assertThat(badUntil.exitCode()).isEqualTo(1);
    assertThat(badUntil.stderr()).contains("\"until\" filter expects a duration (e.g., '24h')");
  }
}
