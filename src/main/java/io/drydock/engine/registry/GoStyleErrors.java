package io.drydock.engine.registry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Transport failures worded as dockerd's Go HTTP client words them ({@code Get "http://h:p/v2/":
 * dial tcp h:p: connect: connection refused}), because users and scripts know those texts from
 * dockerd and the docker CLI prints them unchanged after {@code Error response from daemon:}.
 */
final class GoStyleErrors {
  private GoStyleErrors() {}

  /** {@code <Method> "<uri>": <cause>}, the form of Go's {@code *url.Error}. */
  static String describe(String method, URI uri, IOException e) {
    String verb = method.charAt(0) + method.substring(1).toLowerCase(java.util.Locale.ROOT);
    return verb + " \"" + uri + "\": " + cause(uri, e);
  }

  private static String cause(URI uri, IOException e) {
    String hostPort = uri.getHost() + ":" + port(uri);
    if (unresolved(e)) {
      return "dial tcp: lookup " + uri.getHost() + ": no such host";
    }
    if (e instanceof HttpTimeoutException) {
      return "net/http: request canceled (Client.Timeout exceeded while awaiting headers)";
    }
    if (e instanceof ConnectException) {
      return "dial tcp " + hostPort + ": connect: connection refused";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static boolean unresolved(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  private static int port(URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return "https".equals(uri.getScheme()) ? 443 : 80;
  }
}
