package io.drydock.engine.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Requests to one repository of one registry, authenticated on demand:
 *
 * <pre>
 * request ──▶ 401 + WWW-Authenticate: Bearer realm=R,service=S,scope=X
 *         ──▶ GET R?service=S&amp;scope=... (Basic user:password if given) ──▶ {"token": T}
 *         ──▶ request again with Authorization: Bearer T
 * request ──▶ 401 + WWW-Authenticate: Basic realm=...  ──▶ again with Authorization: Basic
 * </pre>
 *
 * A second 401 is an Unauthorized naming the registry and the user. Redirects (blob storage) are
 * followed by hand so that credentials never travel to another host.
 */
public final class RegistrySession {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration SHORT = Duration.ofSeconds(60);
  private static final int MAX_REDIRECTS = 5;

  private final HttpClient http;
  private final RegistryEndpoint endpoint;
  private final String path;
  private final Optional<RegistryAuth> auth;
  private final Set<String> scopes = new LinkedHashSet<>();
  private volatile String authorization;

  RegistrySession(HttpClient http, RegistryEndpoint endpoint, String path, Optional<RegistryAuth> auth, boolean push) {
    this.http = http;
    this.endpoint = endpoint;
    this.path = path;
    this.auth = auth;
    scopes.add("repository:" + path + (push ? ":pull,push" : ":pull"));
  }

  /**
   * A session for {@code docker login}: no repository, so a Bearer token is asked for without
   * scope (the token server only checks the credentials), as dockerd's login does.
   */
  static RegistrySession forLogin(HttpClient http, RegistryEndpoint endpoint, RegistryAuth auth) {
    RegistrySession session = new RegistrySession(http, endpoint, "", Optional.of(auth), false);
    session.scopes.clear();
    return session;
  }

  public RegistryEndpoint endpoint() {
    return endpoint;
  }

  public String path() {
    return path;
  }

  /** Asks for pull access to another repository too (the source of a cross-repository mount). */
  public synchronized void addPullScope(String otherPath) {
    if (scopes.add("repository:" + otherPath + ":pull") && authorization != null && authorization.startsWith("Bearer ")) {
      authorization = null;
    }
  }

  /** A response whose body is a stream; the caller closes it. */
  HttpResponse<InputStream> send(String method, URI uri, HttpRequest.BodyPublisher body, Map<String, String> headers, boolean stream) {
    HttpResponse<InputStream> response = exchange(method, uri, body, headers, stream);
    if (response.statusCode() == 401) {
      Optional<Challenge> challenge = Challenge.parse(response.headers().firstValue("WWW-Authenticate").orElse(""));
      byte[] first = drain(response);
      if (challenge.isEmpty() || !authenticate(challenge.get(), method + " " + uri)) {
        throw RegistryErrors.of(method + " " + uri, 401, first);
      }
      response = exchange(method, uri, body, headers, stream);
      if (response.statusCode() == 401) {
        throw new DrydockException.Unauthorized(method + " " + uri + ": " + RegistryErrors.describe(401, drain(response))
            + " (registry " + endpoint.domain() + " refused " + who() + ")");
      }
    }
    return response;
  }

  private String who() {
    return auth.filter(RegistryAuth::hasPassword).map(a -> "the credentials of user \"" + a.username() + "\"").orElse("anonymous access");
  }

  private HttpResponse<InputStream> exchange(String method, URI uri, HttpRequest.BodyPublisher body, Map<String, String> headers, boolean stream) {
    URI target = uri;
    boolean sameHost = true;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpRequest.Builder b = HttpRequest.newBuilder(target).method(method, body);
      if (target.getScheme().equals("http")) {
        b.version(HttpClient.Version.HTTP_1_1);
      }
      if (!stream) {
        b.timeout(SHORT);
      }
      headers.forEach(b::header);
      String authz = authorization;
      if (authz != null && sameHost) {
        b.header("Authorization", authz);
      }
      HttpResponse<InputStream> r;
      try {
        r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        throw new DrydockException.Unavailable(method + " " + target + ": " + describe(e), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DrydockException.Unavailable(method + " " + target + ": interrupted", e);
      }
      int status = r.statusCode();
      boolean redirect = (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
          && (method.equals("GET") || method.equals("HEAD"));
      if (!redirect) {
        return r;
      }
      drain(r);
      URI next = target.resolve(r.headers().firstValue("Location").orElseThrow(
          () -> new DrydockException.Unavailable("redirect without Location from " + endpoint.domain(), null)));
      sameHost = sameHost && next.getHost().equals(uri.getHost()) && next.getPort() == uri.getPort();
      target = next;
    }
    throw new DrydockException.Unavailable(method + " " + uri + ": too many redirects", null);
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.net.ConnectException) {
      return "connect: connection refused" + (m == null ? "" : " (" + m + ")");
    }
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private synchronized boolean authenticate(Challenge challenge, String request) {
    if (challenge.scheme().equals("basic")) {
      RegistryAuth a = auth.filter(RegistryAuth::hasPassword).orElseThrow(
          () -> new DrydockException.Unauthorized(request + ": no basic auth credentials"));
      authorization = basic(a);
      return true;
    }
    if (challenge.scheme().equals("bearer")) {
      authorization = "Bearer " + fetchToken(challenge);
      return true;
    }
    return false;
  }

  private static String basic(RegistryAuth a) {
    return "Basic " + Base64.getEncoder().encodeToString((a.username() + ":" + a.password()).getBytes(StandardCharsets.UTF_8));
  }

  private String fetchToken(Challenge challenge) {
    String realm = challenge.param("realm");
    if (realm.isEmpty()) {
      throw new DrydockException.Unauthorized("registry " + endpoint.domain() + " sent a Bearer challenge without realm");
    }
    Set<String> wanted = new LinkedHashSet<>(scopes);
    if (!challenge.param("scope").isEmpty()) {
      wanted.add(challenge.param("scope"));
    }
    StringBuilder query = new StringBuilder("service=").append(enc(challenge.param("service")));
    wanted.forEach(s -> query.append("&scope=").append(enc(s)));
    URI uri = URI.create(realm + (realm.contains("?") ? "&" : "?") + query);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(SHORT);
    Optional<RegistryAuth> a = auth;
    if (a.isPresent() && !a.get().identityToken().isEmpty()) {
      String form = "grant_type=refresh_token&client_id=drydock&refresh_token=" + enc(a.get().identityToken())
          + "&service=" + enc(challenge.param("service")) + "&scope=" + enc(String.join(" ", wanted));
      b = HttpRequest.newBuilder(URI.create(realm)).timeout(SHORT).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    } else if (a.isPresent() && a.get().hasPassword()) {
      b.header("Authorization", basic(a.get())).GET();
    }
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() == 401 || r.statusCode() == 403) {
        String said = RegistryErrors.describe(r.statusCode(), r.body());
        throw new TokenRefusal("get token from " + realm + ": " + said + " (the token server refused " + who() + ")", said);
      }
      if (r.statusCode() != 200) {
        throw RegistryErrors.of("GET " + realm, r.statusCode(), r.body());
      }
      JsonNode n = JSON.readTree(r.body());
      String token = n.path("token").asText(n.path("access_token").asText(""));
      if (token.isEmpty()) {
        throw new DrydockException.Unauthorized("token server " + realm + " answered without a token");
      }
      return token;
    } catch (IOException e) {
      throw new DrydockException.Unavailable("get token from " + realm + ": " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.Unavailable("get token: interrupted", e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static byte[] drain(HttpResponse<InputStream> r) {
    try (InputStream in = r.body()) {
      return in.readNBytes(64 * 1024);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** The body of a successful response, or the registry's error as an exception. */
  static byte[] bodyOf(String request, HttpResponse<InputStream> r, int... ok) {
    for (int status : ok) {
      if (r.statusCode() == status) {
        try (InputStream in = r.body()) {
          return in.readAllBytes();
        } catch (IOException e) {
          throw new DrydockException.Unavailable(request + ": " + describe(e), e);
        }
      }
    }
    throw RegistryErrors.of(request, r.statusCode(), drain(r));
  }

  URI v2(String rest) {
    return endpoint.resolve("/v2/" + path + "/" + rest);
  }

  static List<String> allManifestTypes() {
    return List.of("application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.manifest.v1+json", "application/vnd.oci.image.index.v1+json");
  }

  /** Checks a digest the registry announced against the bytes received. */
  static void requireDigest(String what, Digest expected, byte[] bytes) {
    Digest actual = Digest.sha256Of(bytes);
    if (!actual.equals(expected)) {
      throw new DrydockException.InvalidArgument(what + ": digest mismatch: expected " + expected + ", got " + actual);
    }
  }
}
