package io.drydock.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real distribution registry (Debian's {@code docker-registry}) on 127.0.0.1 and a random free
 * port, storing under a temp directory, optionally behind htpasswd Basic auth (bcrypt, made with
 * {@code htpasswd -Bbn}). Started by a test, stopped by its own PID in {@link #close()}. Skips (or
 * fails under DRYDOCK_REQUIRE_KERNEL=1) when the binaries are missing.
 */
public final class LocalRegistry implements AutoCloseable {
  public static final Path BINARY = Path.of("/usr/bin/docker-registry");
  public static final Path HTPASSWD = Path.of("/usr/bin/htpasswd");

  private final Process process;
  private final Path storage;
  private final int port;

  private LocalRegistry(Process process, Path storage, int port) {
    this.process = process;
    this.storage = storage;
    this.port = port;
  }

  /** An open registry. */
  public static LocalRegistry start(Path dir) throws IOException, InterruptedException {
    return start(dir, Optional.empty(), Optional.empty());
  }

  /** A registry that accepts only {@code user}/{@code password} (Basic auth, htpasswd). */
  public static LocalRegistry startWithAuth(Path dir, String user, String password) throws IOException, InterruptedException {
    return start(dir, Optional.of(user), Optional.of(password));
  }

  private static LocalRegistry start(Path dir, Optional<String> user, Optional<String> password) throws IOException, InterruptedException {
    Requirements.require("registry", Files.isExecutable(BINARY) ? Optional.empty() : Optional.of("needs docker-registry (" + BINARY + ")"));
    Path storage = dir.resolve("storage");
    Files.createDirectories(storage);
    int port = freePort();
    StringBuilder config = new StringBuilder()
        .append("version: 0.1\n")
        .append("log:\n  level: error\n  accesslog:\n    disabled: true\n")
        .append("storage:\n  filesystem:\n    rootdirectory: ").append(storage).append('\n')
        .append("  delete:\n    enabled: true\n")
        .append("http:\n  addr: 127.0.0.1:").append(port).append('\n');
    if (user.isPresent()) {
      Requirements.require("registry", Files.isExecutable(HTPASSWD) ? Optional.empty() : Optional.of("needs htpasswd (apache2-utils)"));
      Path htpasswd = dir.resolve("htpasswd");
      Process p = new ProcessBuilder(HTPASSWD.toString(), "-Bbn", user.get(), password.orElseThrow())
          .redirectOutput(htpasswd.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IllegalStateException("htpasswd failed");
      }
      config.append("auth:\n  htpasswd:\n    realm: drydock-test\n    path: ").append(htpasswd).append('\n');
    }
    Path yml = dir.resolve("config.yml");
    Files.writeString(yml, config.toString(), StandardCharsets.UTF_8);
    Path log = dir.resolve("registry.log");
    Process process = new ProcessBuilder(BINARY.toString(), "serve", yml.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    LocalRegistry registry = new LocalRegistry(process, storage, port);
    try {
      registry.awaitReady(log);
    } catch (IOException | InterruptedException | RuntimeException e) {
      registry.close();
      throw e;
    }
    return registry;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void awaitReady(Path log) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("docker-registry exited: " + Files.readString(log));
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://" + address() + "/v2/")).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200 || r.statusCode() == 401) {
          return;
        }
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("docker-registry did not answer on " + address() + " within 30 s");
  }

  /** {@code 127.0.0.1:<port>}, the registry part of image references. */
  public String address() {
    return "127.0.0.1:" + port;
  }

  /** Where the registry keeps a blob's bytes (for tests that corrupt one). */
  public Path blobData(String hex) {
    return storage.resolve("docker/registry/v2/blobs/sha256").resolve(hex.substring(0, 2)).resolve(hex).resolve("data");
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
