package io.drydock.api.server;

import io.drydock.common.DrydockException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Who may reach the API decides who is root on this host, so: unix sockets always; TCP in plain
 * text only on a loopback address; any other TCP address only with mutual TLS (client
 * certificates checked against {@code --tlscacert}). dockerd only warns here; drydock refuses.
 */
public final class ListenPolicy {
  private ListenPolicy() {}

  public static void check(List<ListenAddress> addresses, Optional<TlsFiles> tls) {
    for (ListenAddress address : addresses) {
      if (address instanceof ListenAddress.Tcp tcp && tls.isEmpty() && !isLoopback(tcp.host())) {
        throw new DrydockException.InvalidArgument(
            "refusing to listen on " + tcp + " without TLS: a non-loopback TCP address needs mutual TLS"
                + " (--tlsverify --tlscacert --tlscert --tlskey); use tcp://127.0.0.1 for plain local access");
      }
    }
  }

  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new DrydockException.InvalidArgument("cannot resolve listen address " + host + ": " + e.getMessage());
    }
  }
}
