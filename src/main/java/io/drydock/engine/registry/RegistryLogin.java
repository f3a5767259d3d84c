package io.drydock.engine.registry;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * {@code docker login}: checks credentials against a registry the way dockerd's {@code loginV2}
 * does — {@code GET /v2/} through a {@link RegistrySession}, which answers the registry's Basic or
 * Bearer challenge with the credentials. 200 is success (an open registry accepts anyone, as with
 * dockerd); a refusal is Unauthorized with dockerd's words:
 * {@code login attempt to http://h:p/v2/ failed with status: 401 Unauthorized} after a Basic
 * challenge, {@code Get "http://h:p/v2/": unauthorized: ...} when a token server refused. A
 * registry that does not answer is a 500 with Go's wording of the transport failure.
 */
final class RegistryLogin {
  private final HttpClient http;
  private final RegistryConfig config;

  RegistryLogin(HttpClient http, RegistryConfig config) {
    this.http = http;
    this.config = config;
  }

  /**
   * The registry host named by a login's {@code serveraddress}: a scheme and a path are dropped
   * ({@code https://index.docker.io/v1/} is Docker Hub); empty means Docker Hub.
   */
  static String hostOf(String serverAddress) {
    String s = serverAddress.strip();
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      s = s.substring(scheme + 3);
    }
    int slash = s.indexOf('/');
    if (slash >= 0) {
      s = s.substring(0, slash);
    }
    if (s.isEmpty()) {
      return "docker.io";
    }
    if (!s.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
      throw new DrydockException.InvalidArgument("unable to parse server address: " + serverAddress);
    }
    return s;
  }

  LoginResult login(RegistryAuth auth) {
    RegistryEndpoint endpoint = RegistryEndpoint.of(hostOf(auth.serverAddress()), config);
    URI v2 = endpoint.resolve("/v2/");
    RegistrySession session = RegistrySession.forLogin(http, endpoint, auth);
    HttpResponse<InputStream> r;
    try {
      r = session.send("GET", v2, HttpRequest.BodyPublishers.noBody(), Map.of(), false);
    } catch (TokenRefusal e) {
      throw new DrydockException.Unauthorized("Get \"" + v2 + "\": " + e.serverSaid());
    } catch (DrydockException.Unauthorized e) {
      throw new DrydockException.Unauthorized(attemptFailed(v2, 401));
    } catch (DrydockException.Unavailable e) {
      if (e.getCause() instanceof IOException io) {
        throw new DrydockException.SystemError(GoStyleErrors.describe("GET", v2, io), io);
      }
      throw e;
    }
    RegistrySession.drain(r);
    if (r.statusCode() == 200) {
      return new LoginResult(LoginResult.SUCCEEDED, "");
    }
    if (r.statusCode() == 401 || r.statusCode() == 403) {
      throw new DrydockException.Unauthorized(attemptFailed(v2, r.statusCode()));
    }
    throw new DrydockException.SystemError(attemptFailed(v2, r.statusCode()));
  }

  private static String attemptFailed(URI v2, int status) {
    return "login attempt to " + v2 + " failed with status: " + status + " " + statusText(status);
  }

  private static String statusText(int status) {
    return switch (status) {
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "";
    };
  }
}
