package io.drydock.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code filters} query parameter of the list and prune routes, in both of moby's JSON forms
 * ({@code {"label":{"a=b":true}}} and {@code {"label":["a=b"]}}), as a map from key to values.
 */
public final class FiltersParam {
  private FiltersParam() {}

  public static Map<String, List<String>> parse(Optional<String> text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (text.isEmpty() || text.get().isBlank()) {
      return out;
    }
    JsonNode root;
    try {
      root = ApiJson.MAPPER.readTree(text.get());
    } catch (JsonProcessingException e) {
      throw new DrydockException.InvalidArgument("invalid filter: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new DrydockException.InvalidArgument("invalid filter: expected a JSON object, got " + text.get());
    }
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      List<String> values = new ArrayList<>();
      JsonNode v = e.getValue();
      if (v.isArray()) {
        v.forEach(x -> values.add(x.asText()));
      } else if (v.isObject()) {
        v.fieldNames().forEachRemaining(values::add);
      } else {
        throw new DrydockException.InvalidArgument("invalid filter: values of '" + e.getKey() + "' must be a list or a map");
      }
      out.put(e.getKey(), values);
    }
    return out;
  }
}
