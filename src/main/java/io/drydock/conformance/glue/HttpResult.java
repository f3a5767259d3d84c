package io.drydock.conformance.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A complete response: head and body. */
public record HttpResult(HttpHead head, byte[] body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("response body is not JSON: " + text(), e);
    }
  }
}
