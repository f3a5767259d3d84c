package io.drydock.supervisor.shim;

import io.drydock.common.DaemonThreads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shims started before their containers are known ({@code drydock-helper shim --standby SOCKET},
 * src/main/c/helper/shim_standby.c), so that a container's start binds a shim that already runs
 * instead of waiting for one to be exec'd, to start a session and to fork: a few milliseconds of
 * every {@code docker start}. Each standby shim is held by an open connection to its standby
 * socket; binding writes the shim's options and command on it and reads the shim's usual report
 * line back. Closing the connection unbound (this pool closed, or this JVM ended) ends the standby
 * shim, so none outlives its supervisor; nor does one whose supervisor never connected.
 *
 * <p>They are forked by one {@link ShimFactory} process rather than started one by one (a process
 * start each); when the factory cannot, by {@code drydock-helper shim --standby SOCKET} as before.
 *
 * <p>One is taken per start and another launched in the background at once, so a steady stream of
 * starts finds one ready. When none is ready (a burst, or the launch failed) the caller starts a
 * shim the ordinary way: the standby is an optimisation, never a requirement.
 */
final class ShimStandby implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ShimStandby.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long CLOSE_WAIT_SECONDS = 5;

  /** A standby shim: its pid and the connection that holds it. */
  private record Ready(long pid, SocketChannel channel) {}

  private final Path helper;
  private final Path dir;
  private final Map<String, String> env;
  private final int size;
  private final ConcurrentLinkedQueue<Ready> ready = new ConcurrentLinkedQueue<>();
  private final AtomicInteger launching = new AtomicInteger();
  private final AtomicLong serial = new AtomicLong();
  private final ExecutorService launcher = Executors.newSingleThreadExecutor(DaemonThreads.named("drydock-shim-standby"));
  private final ShimFactory factory;
  private volatile boolean closed;

  ShimStandby(Path helper, Path dir, Map<String, String> env, int size) {
    this.helper = helper;
    this.dir = dir.toAbsolutePath();
    this.env = Map.copyOf(env);
    this.size = size;
    this.factory = new ShimFactory(helper, this.dir, this.env);
    refill();
  }

  /** The environment every standby shim was started with; a shim needing another is started anew. */
  Map<String, String> env() {
    return env;
  }

  /**
   * Binds a standby shim to {@code argv} (the options and command of {@code drydock-helper shim})
   * and returns its report line; empty when none is ready or the one taken did not answer.
   */
  Optional<byte[]> bind(List<String> argv) {
    Ready r = ready.poll();
    refill();
    if (r == null) {
      return Optional.empty();
    }
    try (SocketChannel ch = r.channel()) {
      ch.write(ByteBuffer.wrap(message(argv)));
      byte[] report = ShimLauncher.firstLine(Channels.newInputStream(ch));
      return report.length == 0 ? Optional.empty() : Optional.of(report); // it ended before binding
    } catch (IOException e) {
      LOG.debug("standby shim {} did not bind: {}", r.pid(), e.toString());
      return Optional.empty();
    }
  }

  int readyCount() {
    return ready.size();
  }

  static byte[] message(List<String> argv) {
    byte[] args = ShimProtocol.argv(argv);
    return ByteBuffer.allocate(4 + args.length).putInt(args.length).put(args).array();
  }

  private void refill() {
    while (!closed && ready.size() + launching.get() < size) {
      launching.incrementAndGet();
      try {
        launcher.execute(this::launchOne);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        launching.decrementAndGet();
        return;
      }
    }
  }

  private void launchOne() {
    try {
      Files.createDirectories(dir);
      Path socket = dir.resolve("s" + serial.incrementAndGet() + ".sock");
      byte[] report = factory.launch(socket).orElseGet(() -> launchByProcess(socket));
      JsonNode n = JSON.readTree(report);
      if (n == null || !n.path("ok").asBoolean()) {
        LOG.debug("standby shim not started: {}", new String(report, StandardCharsets.UTF_8).strip());
        return;
      }
      SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
      ch.connect(UnixDomainSocketAddress.of(socket));
      ready.add(new Ready(n.required("shimPid").asLong(), ch));
      if (closed) {
        drain();
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("standby shim not started: {}", e.toString());
    } finally {
      launching.decrementAndGet();
    }
  }

  /** The ordinary way, when the factory cannot: {@code drydock-helper shim --standby SOCKET}, its report line. */
  private byte[] launchByProcess(Path socket) {
    try {
      ProcessBuilder pb = ShimLauncher.process(java.util.List.of(helper.toString(), "shim", "--standby", socket.toString()), env);
      pb.redirectErrorStream(true);
      Process p = pb.start();
      p.getOutputStream().close();
      try (var in = p.getInputStream()) {
        return in.readAllBytes(); // the launcher exits right after the report line
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void drain() {
    Ready r;
    while ((r = ready.poll()) != null) {
      try {
        r.channel().close();
      } catch (IOException e) {
        // the shim ends when it reads EOF, or has ended already
      }
    }
  }

  /**
   * Ends every standby shim (each reads EOF and exits); shims already bound are not affected. A
   * launch under way is waited for (boundedly), so none starts after this returns.
   */
  @Override
  public void close() {
    closed = true;
    launcher.shutdown();
    try {
      if (!launcher.awaitTermination(CLOSE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
        LOG.warn("a standby shim was still being started after {}s", CLOSE_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    drain();
    factory.close();
  }
}
