package io.drydock.api.containers;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.JsonBodies;
import io.drydock.api.RawStream;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.dto.ExecConfig;
import io.drydock.api.dto.ExecInspectResponse;
import io.drydock.api.dto.ExecStartConfig;
import io.drydock.api.dto.IdResponse;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.service.AttachSession;
import io.drydock.engine.container.service.AttachSink;
import io.drydock.engine.container.service.ExecRequest;
import io.drydock.engine.container.service.ExecService;
import io.drydock.engine.container.service.ExecState;
import io.drydock.engine.container.service.StdStream;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;

/** The Exec group: create, start (hijacked or detached), inspect, resize. */
public final class ExecRoutes implements RouteGroup {
  private final ExecService execs;

  public ExecRoutes(ExecService execs) {
    this.execs = execs;
  }

  @Override
  public Map<String, RouteHandler> handlers() {
    return Map.of("ContainerExec", this::containerExec, "ExecStart", this::execStart, "ExecInspect", this::execInspect,
        "ExecResize", this::execResize);
  }

  void containerExec(ApiRequest request, ApiResponse response) {
    ExecConfig b = JsonBodies.read(request, ExecConfig.class)
        .orElseThrow(() -> new DrydockException.InvalidArgument("No exec command specified"));
    String id = execs.create(request.pathParam("id"), new ExecRequest(b.cmd(), b.env(), b.user(), b.workingDir(), Boolean.TRUE.equals(b.tty()),
        Boolean.TRUE.equals(b.attachStdin()), Boolean.TRUE.equals(b.attachStdout()), Boolean.TRUE.equals(b.attachStderr()),
        Boolean.TRUE.equals(b.privileged())));
    response.json(HttpResponseStatus.CREATED, new IdResponse(id));
  }

  void execStart(ApiRequest request, ApiResponse response) {
    ExecStartConfig b = JsonBodies.read(request, ExecStartConfig.class).orElse(new ExecStartConfig(false, false));
    String id = request.pathParam("id");
    ExecState e = execs.inspect(id);
    boolean tty = e.request().tty();
    if (Boolean.TRUE.equals(b.detach())) {
      execs.start(id, new AttachSink() {
        @Override
        public void output(StdStream stream, byte[] data) {}

        @Override
        public void ended() {}
      });
      response.empty(HttpResponseStatus.OK);
      return;
    }
    RawStream raw = response.hijack();
    AttachSession session;
    try {
      session = execs.start(id, new AttachSink() {
        @Override
        public void output(StdStream stream, byte[] data) {
          if (stream == StdStream.STDERR ? e.request().attachStderr() : e.request().attachStdout()) {
            raw.write(StreamFrames.encode(tty, stream, data));
          }
        }

        @Override
        public void ended() {
          raw.close();
        }
      });
    } catch (RuntimeException ex) {
      raw.write(StreamFrames.encode(tty, StdStream.STDERR, (ex.getMessage() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      raw.close();
      return;
    }
    raw.onInput(session::stdin);
    raw.onInputClosed(session::closeStdin);
  }

  void execInspect(ApiRequest request, ApiResponse response) {
    ExecState e = execs.inspect(request.pathParam("id"));
    var q = e.request();
    response.json(HttpResponseStatus.OK, new ExecInspectResponse(e.id(), e.running(), e.exitCode().isPresent() ? e.exitCode().getAsInt() : null,
        new ExecInspectResponse.ProcessConfig(q.privileged(), q.user(), q.tty(), q.cmd().get(0), q.cmd().subList(1, q.cmd().size())),
        q.attachStdin(), q.attachStderr(), q.attachStdout(), false, e.containerId(), "", e.pid()));
  }

  void execResize(ApiRequest request, ApiResponse response) {
    execs.resize(request.pathParam("id"), ContainerRoutes.intParam(request, "h").orElse(0), ContainerRoutes.intParam(request, "w").orElse(0));
    response.empty(HttpResponseStatus.OK);
  }
}
