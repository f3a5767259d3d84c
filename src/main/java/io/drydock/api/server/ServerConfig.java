package io.drydock.api.server;

import java.util.List;
import java.util.Optional;

/**
 * How the API server listens: addresses, the identity it announces, the request body limit,
 * mutual TLS for TCP, and the group that may use the unix sockets (mode 0660).
 */
public record ServerConfig(
    List<ListenAddress> addresses,
    ServerIdentity identity,
    int maxBodyBytes,
    Optional<TlsFiles> tls,
    Optional<String> socketGroup) {
  /** dockerd has no global limit; drydock's default for aggregated (non-streamed) bodies. */
  public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

  public ServerConfig {
    addresses = List.copyOf(addresses);
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("no listen address");
    }
  }
}
