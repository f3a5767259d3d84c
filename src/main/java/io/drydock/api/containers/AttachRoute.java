package io.drydock.api.containers;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.ApiVersion;
import io.drydock.api.ErrorMapping;
import io.drydock.api.RawStream;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.service.AttachSession;
import io.drydock.engine.container.service.AttachSink;
import io.drydock.engine.container.service.ContainerService;
import io.drydock.engine.container.service.LogsRequest;
import io.drydock.engine.container.service.ReplayingAttach;
import io.drydock.engine.container.service.StdStream;
import io.drydock.engine.container.service.StoredContainer;
import io.drydock.engine.spec.LogDriver;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code POST /containers/{id}/attach} (hijacked connection) and {@code GET
 * /containers/{id}/attach/ws} (websocket), with dockerd's parameters: {@code stream} (live output;
 * without it the connection ends after the log), {@code logs} (the json-file log so far first),
 * {@code stdin}/{@code stdout}/{@code stderr}, {@code detachKeys} (on a tty, the client's keys that
 * detach it, default ctrl-p ctrl-q; the container keeps running). The end of the client's input
 * follows {@link InputEnd}.
 *
 * <p>The websocket form follows dockerd 20.10 at API 1.41: it attaches stdin, stdout and stderr
 * whatever the query says (the parameters only count from API 1.42), never multiplexes (stdout and
 * stderr bytes go out raw), and sends binary frames (text frames for clients below API 1.28).
 */
final class AttachRoute {
  private static final ApiVersion BINARY_FRAMES_SINCE = ApiVersion.parse("1.28");

  private final ContainerService containers;

  AttachRoute(ContainerService containers) {
    this.containers = containers;
  }

  /** What one attach asks for. */
  private record Selection(boolean stdin, boolean stdout, boolean stderr, boolean logs, boolean stream) {
    boolean wants(StdStream s) {
      return s == StdStream.STDERR ? stderr : stdout;
    }
  }

  /** How output bytes of one stream become the bytes (or message) written to the client. */
  private interface Encoding {
    byte[] encode(StdStream stream, byte[] data);
  }

  /**
   * The hijacked form. As in dockerd, the detach keys are checked before the container is looked
   * up, and a refusal before the stream opens is written raw on the taken-over connection
   * ({@link ApiResponse#hijackRefused}), not as a JSON error.
   */
  void containerAttach(ApiRequest request, ApiResponse response) {
    try {
      attachHijacked(request, response);
    } catch (DrydockException e) {
      if (response.committed()) {
        throw e;
      }
      response.hijackRefused(ErrorMapping.status(e.kind()), e.getMessage());
    }
  }

  private void attachHijacked(ApiRequest request, ApiResponse response) {
    DetachKeys keys = detachKeys(request);
    StoredContainer c = containers.attachable(request.pathParam("id"));
    var config = c.record().config();
    boolean tty = config.tty();
    Selection s = new Selection(request.boolParam("stdin"), request.boolParam("stdout"), request.boolParam("stderr"),
        request.boolParam("logs"), request.boolParam("stream"));
    boolean stdin = s.stdin() && config.openStdin();
    InputEnd end = InputEnd.ofAttach(stdin, tty, config.stdinOnce());
    run(c, s, (stream, data) -> StreamFrames.encode(tty, stream, data), response::hijack,
        (raw, session) -> ClientInput.connect(raw, session, watched(stdin && tty, keys), end, false, session::detach));
  }

  void containerAttachWebsocket(ApiRequest request, ApiResponse response) {
    DetachKeys keys = detachKeys(request);
    StoredContainer c = containers.attachable(request.pathParam("id"));
    var config = c.record().config();
    Selection s = new Selection(true, true, true, request.boolParam("logs"), request.boolParam("stream"));
    boolean binary = request.version().compareTo(BINARY_FRAMES_SINCE) >= 0;
    // A websocket's close is the client leaving: it detaches, and ends the container's stdin only
    // when the container asked for that (StdinOnce without a tty), as dockerd does.
    InputEnd end = InputEnd.ofAttach(config.openStdin(), config.tty(), config.stdinOnce());
    run(c, s, (stream, data) -> data, () -> response.upgradeToWebSocket(request, binary),
        (raw, session) -> ClientInput.connect(raw, session, watched(config.openStdin() && config.tty(), keys), end, true, session::detach));
  }

  private static DetachKeys detachKeys(ApiRequest request) {
    String spec = request.queryParam("detachKeys").orElse("");
    return ClientInput.keys(spec, "Invalid detach keys (" + spec + ") provided");
  }

  private static Optional<DetachKeys> watched(boolean ttyStdin, DetachKeys keys) {
    return ttyStdin ? Optional.of(keys) : Optional.empty();
  }

  /**
   * Registers the session before the stream opens (the client may start the container as soon as
   * it has the upgrade, and output of a start that wins that race must not be lost), opens the
   * stream, replays the log if asked, then connects input.
   */
  private void run(StoredContainer c, Selection s, Encoding encoding, Supplier<RawStream> open, BiConsumer<RawStream, AttachSession> input) {
    String id = c.record().id().value();
    CompletableFuture<RawStream> opened = new CompletableFuture<>();
    AttachSink sink = new AttachSink() {
      @Override
      public void output(StdStream stream, byte[] data) {
        if (s.wants(stream)) {
          whenOpen(opened, raw -> raw.write(encoding.encode(stream, data)));
        }
      }

      @Override
      public void ended() {
        whenOpen(opened, RawStream::close);
      }
    };
    if (!s.stream()) {
      RawStream raw = open.get();
      opened.complete(raw);
      if (s.logs() && c.host().log().kind().readable()) {
        containers.logs(id, LogsRequest.everything(), l -> sink.output(l.stream(), l.bytes()), () -> true);
      } else if (s.logs() && !c.record().status().isRunning()) {
        raw.write(encoding.encode(StdStream.STDOUT, noLogReplay(c.host().log().kind())));
      }
      raw.close();
      return;
    }
    ReplayingAttach replaying = s.logs() ? containers.attachWithLogs(id, s.stdin(), sink) : null;
    AttachSession session = replaying != null ? replaying.session() : containers.attach(id, s.stdin(), sink);
    RawStream raw;
    try {
      raw = open.get();
    } catch (RuntimeException e) {
      opened.completeExceptionally(e);
      session.close();
      throw e;
    }
    opened.complete(raw);
    if (replaying != null) {
      replaying.replay();
    }
    input.accept(raw, session);
  }

  /**
   * What dockerd writes into the stream when {@code logs=1} asks a stopped container for a log its
   * driver does not keep: it tries to make a logger of that driver to read from, and {@code none}
   * is no logger it can make.
   */
  private static byte[] noLogReplay(LogDriver driver) {
    return ("Error attaching: failed to get logging factory: logger: no log driver named '" + driver.apiName() + "' is registered: "
        + LogDriver.pluginNotFound(driver.apiName()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Runs {@code action} on the client's stream once it is open; nothing if opening it failed. */
  private static void whenOpen(CompletableFuture<RawStream> opened, Consumer<RawStream> action) {
    RawStream raw;
    try {
      raw = opened.join();
    } catch (CompletionException | CancellationException e) {
      return;
    }
    action.accept(raw);
  }
}
