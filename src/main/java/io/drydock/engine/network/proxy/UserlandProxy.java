package io.drydock.engine.network.proxy;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.port.PortMapping;
import io.drydock.engine.network.port.Protocol;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;

/** Starts the proxy of one mapping; a host port the OS will not bind is refused like docker-proxy does. */
public final class UserlandProxy {
  private UserlandProxy() {}

  public static Proxy start(PortMapping mapping, Ipv4 containerIp) {
    InetSocketAddress listen = new InetSocketAddress(mapping.hostIp().toString(), mapping.hostPort());
    InetSocketAddress target = new InetSocketAddress(containerIp.toString(), mapping.containerPort());
    String name = mapping.hostIp() + ":" + mapping.hostPort();
    try {
      if (mapping.protocol() == Protocol.TCP) {
        ServerSocketChannel s = ServerSocketChannel.open();
        try {
          s.bind(listen);
        } catch (IOException e) {
          s.close();
          throw e;
        }
        return new TcpProxy(s, target, name);
      }
      DatagramChannel d = DatagramChannel.open();
      try {
        d.bind(listen);
      } catch (IOException e) {
        d.close();
        throw e;
      }
      return new UdpProxy(d, target, name);
    } catch (IOException e) {
      throw new DrydockException.Conflict("Error starting userland proxy: listen " + mapping.protocol().wireName() + "4 "
          + name + ": bind: " + e.getMessage().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
