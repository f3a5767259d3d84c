package io.drydock.supervisor.shim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;

/**
 * One line of a json-file log: the text (with its trailing newline, or without one for a partial
 * line), the stream it came from and when the shim read it.
 */
public record LogEntry(LogStream stream, Instant time, String log) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Whether this is the end of a line rather than a piece of a line longer than 16 KiB or a last unfinished one. */
  public boolean complete() {
    return log.endsWith("\n");
  }

  static LogEntry parse(String line) throws IOException {
    JsonNode n = JSON.readTree(line);
    if (n == null || !n.path("log").isTextual() || !n.path("stream").isTextual() || !n.path("time").isTextual()) {
      throw new IOException("not a json-file log line: " + abbreviate(line));
    }
    try {
      return new LogEntry(LogStream.fromWire(n.get("stream").asText()), Instant.parse(n.get("time").asText()), n.get("log").asText());
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new IOException("bad json-file log line: " + e.getMessage() + ": " + abbreviate(line), e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }
}
