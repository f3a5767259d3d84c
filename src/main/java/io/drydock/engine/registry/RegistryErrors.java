package io.drydock.engine.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A registry's error answer ({@code {"errors":[{"code","message","detail"}]}}, or a token
 * server's {@code {"details": "..."}} as Docker Hub's sends it) turned into
 * drydock's error classes, with the request and the registry's own words in the message, as
 * dockerd reports them ({@code unauthorized: authentication required}).
 */
final class RegistryErrors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RegistryErrors() {}

  /** The registry's errors as {@code code: message} texts (lower-cased codes like dockerd prints them). */
  static String describe(int status, byte[] body) {
    List<String> parts = new ArrayList<>();
    try {
      JsonNode root = JSON.readTree(body);
      if (root != null) {
        for (JsonNode e : root.path("errors")) {
          parts.add(e.path("code").asText("").toLowerCase(java.util.Locale.ROOT) + ": " + e.path("message").asText(""));
        }
        if (parts.isEmpty() && root.path("details").isTextual() && (status == 401 || status == 403)) {
          parts.add((status == 401 ? "unauthorized: " : "denied: ") + root.path("details").asText());
        }
      }
    } catch (IOException e) {
      // not JSON: fall back to the status line below
    }
    if (parts.isEmpty() && body.length == 0 && status == 401) {
      return "unauthorized: authentication required";
    }
    if (parts.isEmpty() && body.length == 0 && status == 403) {
      return "denied: requested access to the resource is denied";
    }
    if (parts.isEmpty()) {
      String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
      return "unexpected status " + status + (text.isEmpty() ? "" : ": " + text);
    }
    return String.join(", ", parts);
  }

  static DrydockException of(String request, int status, byte[] body) {
    String message = request + ": " + describe(status, body);
    return switch (status) {
      case 401 -> new DrydockException.Unauthorized(message);
      case 403 -> new DrydockException.Forbidden(message);
      case 404 -> new DrydockException.NotFound(message);
      case 400, 405, 413, 416 -> new DrydockException.InvalidArgument(message);
      default -> new DrydockException.Unavailable(message, null);
    };
  }
}
