package io.drydock.api.containers;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.GoTime;
import io.drydock.api.UnixTimestamp;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.service.ContainerService;
import io.drydock.engine.container.service.StoredContainer;
import io.drydock.engine.container.service.LogLine;
import io.drydock.engine.container.service.LogsRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code GET /containers/{id}/logs}: the container's log (json-file or local; refused for the
 * {@code none} driver before the answer starts) as Docker streams it — multiplexed frames
 * without a tty, raw bytes with one; {@code timestamps} prefixes each line with its time in moby's
 * fixed-width RFC 3339 ({@link GoTime#rfc3339NanoFixed}), {@code details} with the line's
 * attributes (none: a space); {@code follow}
 * keeps the response open until the container stops or the client leaves.
 */
final class LogsRoute {
  private final ContainerService containers;

  LogsRoute(ContainerService containers) {
    this.containers = containers;
  }

  void containerLogs(ApiRequest request, ApiResponse response) {
    StoredContainer c = containers.inspect(request.pathParam("id"));
    boolean stdout = request.boolParam("stdout");
    boolean stderr = request.boolParam("stderr");
    if (!stdout && !stderr) {
      throw new DrydockException.InvalidArgument("Bad parameters: you must choose at least one stream");
    }
    containers.checkLogsReadable(c.record().id().value());
    LogsRequest query = new LogsRequest(stdout, stderr, time(request, "since"), time(request, "until"), tail(request), request.boolParam("follow"));
    boolean tty = c.record().config().tty();
    boolean timestamps = request.boolParam("timestamps");
    boolean details = request.boolParam("details");
    OutputStream out = response.openByteStream(HttpResponseStatus.OK, ContainerRoutes.RAW_STREAM);
    AtomicBoolean gone = new AtomicBoolean();
    try (out) {
      containers.logs(c.record().id().value(), query, e -> write(out, e, tty, timestamps, details, gone), gone::get);
    } catch (IOException | RuntimeException e) {
      response.abort();
    }
  }

  /**
   * One log line as moby's logs writes it: with {@code details}, the line's attributes and a space
   * first (drydock's json-file keeps no attributes, so a space), then with {@code timestamps} the
   * time and a space before that.
   */
  private static void write(OutputStream out, LogLine e, boolean tty, boolean timestamps, boolean details, AtomicBoolean gone) {
    if (gone.get()) {
      return;
    }
    String line = details ? " " + e.text() : e.text();
    String text = timestamps ? GoTime.rfc3339NanoFixed(e.time()) + " " + line : line;
    try {
      out.write(StreamFrames.encode(tty, e.stream(), text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException ex) {
      gone.set(true);
    }
  }

  private static Optional<Instant> time(ApiRequest request, String name) {
    return UnixTimestamp.parse(name, request.queryParam(name));
  }

  private static OptionalInt tail(ApiRequest request) {
    String v = request.queryParam("tail").orElse("all");
    if (v.isEmpty() || v.equals("all")) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(v);
      return n < 0 ? OptionalInt.empty() : OptionalInt.of(n);
    } catch (NumberFormatException e) {
      return OptionalInt.empty(); // dockerd reads a tail that is no number as all lines
    }
  }
}
