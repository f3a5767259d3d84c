package io.drydock.engine.container.service;

import java.time.Instant;

/** One entry of a container's log: its stream, when it was written, and the text (with its newline). */
public record LogLine(StdStream stream, Instant time, String text) {
  /** The text as the bytes the process wrote (UTF-8, as the json-file driver stores it). */
  public byte[] bytes() {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
