package io.drydock.api.server;

import io.drydock.common.DrydockException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the daemon listens, parsed from dockerd's {@code -H} syntax. */
public sealed interface ListenAddress {
  Path DEFAULT_SOCKET = Path.of("/run/drydock.sock");
  int DEFAULT_TCP_PORT = 2375;
  int DEFAULT_TLS_PORT = 2376;

  /** A unix domain socket. */
  record UnixSocket(Path path) implements ListenAddress {
    @Override
    public String toString() {
      return "unix://" + path;
    }
  }

  /** A TCP address. */
  record Tcp(String host, int port) implements ListenAddress {
    @Override
    public String toString() {
      return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
  }

  /**
   * {@code unix:///run/x.sock}, {@code unix://} (the default socket), {@code tcp://127.0.0.1:2375},
   * {@code tcp://host} (port 2375, or 2376 with TLS).
   */
  static ListenAddress parse(String spec, boolean tls) {
    if (spec.equals("unix://")) {
      return new UnixSocket(DEFAULT_SOCKET);
    }
    if (spec.startsWith("unix://")) {
      String path = spec.substring("unix://".length());
      if (!path.startsWith("/")) {
        throw new DrydockException.InvalidArgument("invalid host " + spec + ": the socket path must be absolute");
      }
      return new UnixSocket(Path.of(path));
    }
    if (spec.startsWith("tcp://")) {
      try {
        URI uri = new URI(spec);
        if (uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
          throw new DrydockException.InvalidArgument("invalid host " + spec + ": expected tcp://HOST[:PORT]");
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        int port = uri.getPort() > 0 ? uri.getPort() : (tls ? DEFAULT_TLS_PORT : DEFAULT_TCP_PORT);
        return new Tcp(host, port);
      } catch (URISyntaxException e) {
        throw new DrydockException.InvalidArgument("invalid host " + spec + ": " + e.getMessage());
      }
    }
    throw new DrydockException.InvalidArgument("invalid host " + spec + ": only unix:// and tcp:// are supported");
  }
}
