package io.drydock.api;

import io.drydock.common.DrydockException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Decodes {@code %XX} in a path segment; unlike form decoding, {@code +} stays a plus. */
final class PercentDecoding {
  private PercentDecoding() {}

  static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new DrydockException.InvalidArgument("invalid URL escape in path: " + raw);
    }
  }
}
