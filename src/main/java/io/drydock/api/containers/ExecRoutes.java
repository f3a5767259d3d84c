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
import java.util.Optional;

/**
 * The Exec group: create, start (hijacked or detached), inspect, resize. An attached tty exec with
 * stdin watches the client's input for its {@code DetachKeys}; the end of input follows
 * {@link InputEnd}.
 */
public final class ExecRoutes implements RouteGroup {
  private static final byte[] DETACHED_EXEC = "exec attach failed: error on attach stdin: read escape sequence\r\n"
      .getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
        Boolean.TRUE.equals(b.privileged()), detachKeys(b)));
    response.json(HttpResponseStatus.CREATED, new IdResponse(id));
  }

  /** Checked at create, as dockerd does (its answer there is a 500). */
  private static String detachKeys(ExecConfig b) {
    String spec = b.detachKeys() == null ? "" : b.detachKeys();
    if (DetachKeys.parse(spec).isEmpty()) {
      throw new DrydockException.SystemError("Invalid escape keys (" + spec + ") provided");
    }
    return spec;
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
      // dockerd writes a failed start on the stream's stdout, CRLF-terminated.
      raw.write(StreamFrames.encode(tty, StdStream.STDOUT, (ex.getMessage() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      raw.close();
      return;
    }
    boolean stdin = e.request().attachStdin();
    Optional<DetachKeys> watch = stdin && tty ? DetachKeys.parse(e.request().detachKeys()) : Optional.empty();
    ClientInput.connect(raw, session, watch, InputEnd.ofExec(stdin, tty), false, () -> {
      // dockerd 20.10 reports the detach of an exec as a failed attach, on the stream, and ends the process's stdin.
      raw.write(DETACHED_EXEC);
      session.detachEndingInput();
    });
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
