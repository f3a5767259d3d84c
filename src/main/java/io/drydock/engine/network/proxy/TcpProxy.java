package io.drydock.engine.network.proxy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accepts on the host address and, per connection, connects to the container and copies bytes
 * both ways on two threads; an end-of-stream on one side is passed on as a half-close.
 */
final class TcpProxy implements Proxy {
  private final ServerSocketChannel listener;
  private final InetSocketAddress target;
  private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;

  TcpProxy(ServerSocketChannel listener, InetSocketAddress target, String name) {
    this.listener = listener;
    this.target = target;
    this.acceptor = new Thread(this::acceptLoop, "proxy-tcp-" + name);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void acceptLoop() {
    while (listener.isOpen()) {
      SocketChannel client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return;
      }
      Thread t = new Thread(() -> forward(client), acceptor.getName() + "-conn");
      t.setDaemon(true);
      t.start();
    }
  }

  private void forward(SocketChannel client) {
    open.add(client);
    SocketChannel backend = null;
    try {
      backend = SocketChannel.open(target);
      open.add(backend);
      SocketChannel b = backend;
      Thread back = new Thread(() -> pump(b, client), "proxy-back");
      back.setDaemon(true);
      back.start();
      pump(client, backend);
      back.join();
    } catch (IOException e) {
      // the container refused or went away: the client sees the connection close
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closeQuietly(client);
      if (backend != null) {
        closeQuietly(backend);
      }
    }
  }

  private void pump(SocketChannel from, SocketChannel to) {
    ByteBuffer buf = ByteBuffer.allocate(16 * 1024);
    try {
      while (from.read(buf) >= 0) {
        buf.flip();
        while (buf.hasRemaining()) {
          to.write(buf);
        }
        buf.clear();
      }
      to.shutdownOutput();
    } catch (IOException e) {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private void closeQuietly(SocketChannel c) {
    open.remove(c);
    try {
      c.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (SocketChannel c : Set.copyOf(open)) {
      closeQuietly(c);
    }
    try {
      acceptor.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
