package io.drydock.conformance.glue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Status line and headers of a response; header names compared case-insensitively. */
public record HttpHead(int status, String reason, Map<String, List<String>> headers) {
  static HttpHead parse(String text) {
    String[] lines = text.split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    if (!statusLine[0].startsWith("HTTP/1.")) {
      throw new IllegalStateException("not an HTTP response: " + lines[0]);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
    }
    return new HttpHead(Integer.parseInt(statusLine[1]), statusLine.length > 2 ? statusLine[2] : "", headers);
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  boolean chunked() {
    return header("Transfer-Encoding").map(v -> v.equalsIgnoreCase("chunked")).orElse(false);
  }

  Optional<Long> contentLength() {
    return header("Content-Length").map(Long::parseLong);
  }
}
