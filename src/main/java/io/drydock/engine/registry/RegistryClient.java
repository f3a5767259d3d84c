package io.drydock.engine.registry;

import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The entry to registries: one JDK {@code HttpClient} (connection reuse, TLS with the JDK's trust
 * store) shared by every {@link RemoteRepository}. It is made at the first registry operation, not
 * with the daemon: building it sets up TLS and a selector thread (some 600 classes, a few MiB of
 * an idle daemon's memory) that a daemon which never pulls, pushes or logs in does not need.
 */
public final class RegistryClient {
  private final RegistryConfig config;
  private HttpClient http;

  public RegistryClient(RegistryConfig config) {
    this.config = config;
  }

  private synchronized HttpClient http() {
    if (http == null) {
      http = HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(30))
          .build();
    }
    return http;
  }

  public RegistryConfig config() {
    return config;
  }

  public RegistryEndpoint endpoint(String domain) {
    return RegistryEndpoint.of(domain, config);
  }

  /** A repository of a registry ({@code ref}'s domain and path), for pull or for push. */
  public RemoteRepository repository(ImageRef ref, Optional<RegistryAuth> auth, boolean push) {
    return new RemoteRepository(new RegistrySession(http(), endpoint(ref.domain()), ref.path(), auth, push));
  }

  /**
   * {@code GET /images/search}: the repositories the registry named by {@code term} finds (see
   * {@link RegistrySearch}), at most {@code limit}, those {@code filter} keeps.
   */
  public java.util.List<SearchResult> search(String term, int limit, SearchFilter filter, Optional<RegistryAuth> auth) {
    return new RegistrySearch(http(), config).search(term, limit, filter, auth);
  }

  /** {@code POST /auth}: checks the credentials against their registry (see {@link RegistryLogin}). */
  public LoginResult login(RegistryAuth auth) {
    return new RegistryLogin(http(), config).login(auth);
  }

  /**
   * {@code GET /v2/}: whether a distribution v2 registry answers at {@code domain}. 200 and 401
   * (it wants credentials) both mean yes; another status is Unavailable. A registry that cannot be
   * reached is dockerd's 500 in Go's words ({@code Get "http://h:p/v2/": dial tcp h:p: connect:
   * connection refused}): pull and push ping first, as dockerd does, so that error comes before
   * their first progress message.
   */
  public void ping(String domain) {
    RegistryEndpoint e = endpoint(domain);
    HttpRequest request = HttpRequest.newBuilder(e.resolve("/v2/")).timeout(Duration.ofSeconds(15)).GET().build();
    try {
      HttpResponse<InputStream> r = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
      RegistrySession.drain(r);
      if (r.statusCode() != 200 && r.statusCode() != 401) {
        throw new DrydockException.Unavailable("ping " + e.base() + "/v2/: unexpected status " + r.statusCode()
            + " (not a distribution v2 registry?)", null);
      }
    } catch (java.io.IOException ex) {
      throw new DrydockException.SystemError(GoStyleErrors.describe("GET", request.uri(), ex), ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new DrydockException.Unavailable("ping interrupted", ex);
    }
  }

}
