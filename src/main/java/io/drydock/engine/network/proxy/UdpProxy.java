package io.drydock.engine.network.proxy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Receives datagrams on the host address; each client address gets its own socket connected to
 * the container, whose replies are sent back to that client (as docker-proxy does).
 */
final class UdpProxy implements Proxy {
  private final DatagramChannel listener;
  private final InetSocketAddress target;
  private final Map<SocketAddress, DatagramChannel> flows = new ConcurrentHashMap<>();
  private final Thread receiver;

  UdpProxy(DatagramChannel listener, InetSocketAddress target, String name) {
    this.listener = listener;
    this.target = target;
    this.receiver = new Thread(this::receiveLoop, "proxy-udp-" + name);
    receiver.setDaemon(true);
    receiver.start();
  }

  private void receiveLoop() {
    ByteBuffer buf = ByteBuffer.allocate(65536);
    while (listener.isOpen()) {
      try {
        buf.clear();
        SocketAddress client = listener.receive(buf);
        buf.flip();
        flow(client).write(buf);
      } catch (IOException e) {
        if (!listener.isOpen()) {
          return;
        }
      }
    }
  }

  private DatagramChannel flow(SocketAddress client) throws IOException {
    DatagramChannel existing = flows.get(client);
    if (existing != null && existing.isOpen()) {
      return existing;
    }
    DatagramChannel backend = DatagramChannel.open().connect(target);
    flows.put(client, backend);
    Thread replies = new Thread(() -> replyLoop(client, backend), receiver.getName() + "-flow");
    replies.setDaemon(true);
    replies.start();
    return backend;
  }

  private void replyLoop(SocketAddress client, DatagramChannel backend) {
    ByteBuffer buf = ByteBuffer.allocate(65536);
    try {
      while (backend.isOpen()) {
        buf.clear();
        backend.read(buf);
        buf.flip();
        listener.send(buf, client);
      }
    } catch (IOException e) {
      flows.remove(client, backend);
      try {
        backend.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (DatagramChannel c : flows.values()) {
      try {
        c.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    flows.clear();
    try {
      receiver.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
