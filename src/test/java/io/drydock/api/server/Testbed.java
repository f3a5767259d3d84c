package io.drydock.api.server;

import io.drydock.api.ApiDispatcher;
import io.drydock.api.ApiGroup;
import io.drydock.api.ApiOperation;
import io.drydock.api.PathTemplate;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.RouteTable;
import io.drydock.api.system.SystemRoutes;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.system.CgroupVersion;
import io.drydock.engine.system.EngineSettings;
import io.drydock.engine.system.HostFacts;
import io.drydock.engine.system.ObjectRegistry;
import io.drydock.engine.system.ResourceSupport;
import io.drydock.engine.system.RuntimeEntry;
import io.drydock.engine.system.SystemService;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A real pipeline on an {@link EmbeddedChannel}: the system routes plus test routes under /test. */
final class Testbed {
  static final int MAX_BODY = 1024;
  static final HostFacts HOST =
      new HostFacts("box", "6.1.0-test", "Debian GNU/Linux 12 (bookworm)", "12", "x86_64", 2, 2L << 30, CgroupVersion.V1,
          new ResourceSupport(true, false, true, true, true, true, true, true));
  static final EngineSettings SETTINGS =
      new EngineSettings("engine-id", "0.1.0", "abc123", "2026-01-01T00:00:00Z", Path.of("/tmp"), Path.of("/tmp"),
          "overlay2", "json-file", "cgroupfs", List.of(new RuntimeEntry("runc", "/usr/sbin/runc", List.of())), "runc", false);

  final EventBus events = new EventBus();
  final ObjectRegistry registry = new ObjectRegistry();
  final EmbeddedChannel channel;

  Testbed(Map<String, RouteHandler> testHandlers) {
    this(testHandlers, Runnable::run);
  }

  Testbed(Map<String, RouteHandler> testHandlers, java.util.concurrent.Executor handlerExecutor) {
    this(testHandlers, handlerExecutor, java.util.Set.of());
  }

  /** With {@code streamed} test operations reading their body as a stream. */
  Testbed(Map<String, RouteHandler> testHandlers, java.util.concurrent.Executor handlerExecutor, java.util.Set<String> streamed) {
    SystemService system = new SystemService(HOST, SETTINGS, registry, events, Clock.systemUTC());
    RouteGroup testRoutes = new RouteGroup() {
      @Override
      public Map<String, RouteHandler> handlers() {
        return testHandlers;
      }

      @Override
      public List<ApiOperation> extraOperations() {
        return testHandlers.keySet().stream()
            .map(id -> new ApiOperation(HttpMethod.POST, PathTemplate.parse("/test/" + id), id, ApiGroup.SYSTEM))
            .toList();
      }

      @Override
      public java.util.Set<String> streamedBodies() {
        return streamed;
      }
    };
    RouteTable table = RouteTable.build(List.of(new SystemRoutes(system, events), testRoutes));
    channel = new EmbeddedChannel(
        new ApiChannelInitializer(new ApiDispatcher(table), new ServerIdentity("0.1.0"), MAX_BODY, handlerExecutor, Optional.empty()));
  }

  Testbed() {
    this(Map.of());
  }

  /** Sends raw request bytes and returns everything written back so far, as text. */
  String exchange(String rawRequest) {
    channel.writeInbound(Unpooled.copiedBuffer(rawRequest, StandardCharsets.ISO_8859_1));
    channel.runPendingTasks();
    return drain();
  }

  String drain() {
    StringBuilder out = new StringBuilder();
    Object msg;
    while ((msg = channel.readOutbound()) != null) {
      ByteBuf buf = (ByteBuf) msg;
      out.append(buf.toString(StandardCharsets.ISO_8859_1));
      buf.release();
    }
    return out.toString();
  }

  static String get(String path) {
    return "GET " + path + " HTTP/1.1\r\nHost: api.moby.localhost\r\n\r\n";
  }
}
