package io.drydock.engine.network.dns;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one bound UDP socket with a {@link DnsAnswerer} on its own daemon thread until closed.
 * The socket is bound by the caller — inside the container's namespace at 127.0.0.11:53 — so
 * this class does not know about namespaces.
 */
public final class DnsServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DnsServer.class);
  private final DatagramChannel channel;
  private final Thread thread;

  public DnsServer(DatagramChannel channel, DnsAnswerer answerer, String name) {
    this.channel = channel;
    this.thread = new Thread(() -> serve(answerer), "dns-" + name);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  private void serve(DnsAnswerer answerer) {
    ByteBuffer buf = ByteBuffer.allocate(4096);
    while (channel.isOpen()) {
      try {
        buf.clear();
        SocketAddress from = channel.receive(buf);
        byte[] packet = new byte[buf.position()];
        buf.flip().get(packet);
        Optional<byte[]> reply = answerer.answer(packet);
        if (reply.isPresent()) {
          channel.send(ByteBuffer.wrap(reply.get()), from);
        }
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException | RuntimeException e) {
        LOG.debug("dns server {}: {}", thread.getName(), e.toString());
      }
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
      thread.join(2000);
    } catch (IOException e) {
      LOG.debug("closing dns socket: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
