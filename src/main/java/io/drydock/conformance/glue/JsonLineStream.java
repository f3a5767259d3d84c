package io.drydock.conformance.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A streamed response of newline-separated JSON values (events, progress), read with deadlines. */
final class JsonLineStream implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpConnection connection;
  private final HttpHead head;
  private final StringBuilder partial = new StringBuilder();
  private final Deque<JsonNode> ready = new ArrayDeque<>();
  private boolean ended;

  JsonLineStream(HttpConnection connection, HttpHead head) {
    this.connection = connection;
    this.head = head;
  }

  HttpHead head() {
    return head;
  }

  /** The next message, or empty when the stream ended; {@link HttpConnection.ReadTimeout} if none came in time. */
  Optional<JsonNode> next(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (ready.isEmpty() && !ended) {
      Optional<byte[]> chunk = connection.readChunk(deadline);
      if (chunk.isEmpty()) {
        ended = true;
        break;
      }
      partial.append(new String(chunk.get(), StandardCharsets.UTF_8));
      int nl;
      while ((nl = partial.indexOf("\n")) >= 0) {
        String line = partial.substring(0, nl).trim();
        partial.delete(0, nl + 1);
        if (!line.isEmpty()) {
          ready.add(parse(line));
        }
      }
    }
    return Optional.ofNullable(ready.poll());
  }

  /** Every message until the stream ends; fails if it does not end within {@code timeout}. */
  List<JsonNode> readToEnd(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<JsonNode> all = new ArrayList<>();
    Optional<JsonNode> m;
    while ((m = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))).isPresent()) {
      all.add(m.get());
    }
    return all;
  }

  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("stream line is not JSON: " + line, e);
    }
  }

  @Override
  public void close() {
    connection.close();
  }
}
