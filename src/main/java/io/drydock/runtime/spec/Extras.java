package io.drydock.runtime.spec;

import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the unknown fields of a config object, in order, so they are written back unchanged. */
final class Extras {
  private Extras() {}

  static Map<String, Object> copy(Map<String, Object> unknown) {
    return unknown == null ? new LinkedHashMap<>() : unknown;
  }
}
