package io.drydock.engine.network.bridge;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.Sandbox;
import io.drydock.engine.network.dns.DnsAnswerer;
import io.drydock.engine.network.dns.DnsServer;
import io.drydock.os.NetnsCalls;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;

/**
 * Docker's embedded DNS for one container: a UDP socket created inside the container's
 * namespace (on a thread that entered it), bound to {@code 127.0.0.11:53}, served from the
 * daemon with the names of the container's user networks.
 */
final class EmbeddedDns {
  static final String ADDRESS = "127.0.0.11";

  private EmbeddedDns() {}

  static DnsServer start(Sandbox sandbox, Networks networks) {
    Path netns = sandbox.netnsPath().orElseThrow();
    DatagramChannel channel = NetnsCalls.callIn(netns, () -> {
      DatagramChannel c = DatagramChannel.open();
      try {
        c.bind(new InetSocketAddress(ADDRESS, 53));
      } catch (IOException e) {
        c.close();
        throw new DrydockException.SystemError("embedded DNS: bind " + ADDRESS + ":53 in " + netns + ": " + e.getMessage(), e);
      }
      return c;
    });
    String id = sandbox.containerId();
    return new DnsServer(channel, new DnsAnswerer(name -> networks.resolve(id, name)), id.length() > 12 ? id.substring(0, 12) : id);
  }
}
