package io.drydock.api.server;

import io.drydock.common.DaemonThreads;
import io.drydock.api.ApiDispatcher;
import io.drydock.common.DrydockException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening side of the Engine API: one epoll server channel per {@link ListenAddress}, all
 * sharing one pipeline design and one {@link ApiDispatcher}. {@link #close} stops accepting,
 * closes connections and removes the socket files it created.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  /**
   * Requests are handled on threads that are made as needed and reused while they are busy
   * elsewhere, never queued behind a fixed number of them: as dockerd's goroutine per request, a
   * client streaming logs or stats for as long as it likes (one {@code docker stats} holds a
   * request per running container) must not keep anyone else's request waiting. A thread idle this
   * long ends, so an idle daemon holds none.
   */
  private static final int HANDLER_IDLE_SECONDS = 30;

  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final ExecutorService handlers;
  private final List<Channel> listeners = new ArrayList<>();
  private final List<Path> sockets = new ArrayList<>();

  private ApiServer() {
    Epoll.ensureAvailability();
    boss = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
    workers = new MultiThreadIoEventLoopGroup(EpollIoHandler.newFactory());
    handlers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, HANDLER_IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(),
        DaemonThreads.named("api-handler"));
  }

  /** Binds every address of {@code config}; on any failure nothing stays bound. */
  public static ApiServer start(ServerConfig config, ApiDispatcher dispatcher) {
    ListenPolicy.check(config.addresses(), config.tls());
    ApiServer server = new ApiServer();
    try {
      Optional<SslContext> tls = config.tls().map(ApiServer::sslContext);
      for (ListenAddress address : config.addresses()) {
        server.bind(address, config, dispatcher, address instanceof ListenAddress.Tcp ? tls : Optional.empty());
      }
      return server;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private void bind(ListenAddress address, ServerConfig config, ApiDispatcher dispatcher, Optional<SslContext> tls) {
    ApiChannelInitializer init = new ApiChannelInitializer(dispatcher, config.identity(), config.maxBodyBytes(), handlers, tls);
    ServerBootstrap bootstrap =
        new ServerBootstrap().group(boss, workers).childHandler(init).childOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
    try {
      if (address instanceof ListenAddress.UnixSocket unix) {
        Files.createDirectories(unix.path().toAbsolutePath().getParent());
        UnixSocketFiles.removeStale(unix.path());
        Channel ch = bootstrap.channel(EpollServerDomainSocketChannel.class).bind(new DomainSocketAddress(unix.path().toString())).sync().channel();
        listeners.add(ch);
        sockets.add(unix.path());
        UnixSocketFiles.restrict(unix.path(), config.socketGroup());
      } else if (address instanceof ListenAddress.Tcp tcp) {
        listeners.add(bootstrap.channel(EpollServerSocketChannel.class).bind(new InetSocketAddress(tcp.host(), tcp.port())).sync().channel());
      }
      LOG.info("API listen on {}{}", address, tls.isPresent() ? " (mutual TLS)" : "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted while binding " + address, e);
    } catch (IOException e) {
      throw new DrydockException.SystemError("listen on " + address + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e instanceof DrydockException) {
        throw e;
      }
      throw new DrydockException.SystemError("listen on " + address + ": " + e.getMessage(), e);
    }
  }

  static SslContext sslContext(TlsFiles files) {
    try (InputStream cert = Files.newInputStream(files.cert());
        InputStream key = Files.newInputStream(files.key());
        InputStream ca = Files.newInputStream(files.caCert())) {
      return SslContextBuilder.forServer(cert, key)
          .trustManager(ca)
          .clientAuth(ClientAuth.REQUIRE)
          .sslProvider(SslProvider.JDK)
          .build();
    } catch (IOException | IllegalArgumentException e) {
      throw new DrydockException.InvalidArgument("TLS setup failed (" + files + "): " + e.getMessage(), e);
    }
  }

  /** Completes when every listener has closed. */
  public void awaitClosed() throws InterruptedException {
    for (Channel ch : listeners) {
      ch.closeFuture().sync();
    }
  }

  @Override
  public void close() {
    for (Channel ch : listeners) {
      ch.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    handlers.shutdownNow();
    for (Path socket : sockets) {
      try {
        Files.deleteIfExists(socket);
      } catch (IOException e) {
        LOG.warn("could not remove {}: {}", socket, e.getMessage());
      }
    }
  }
}
