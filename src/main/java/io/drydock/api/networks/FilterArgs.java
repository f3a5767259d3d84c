package io.drydock.api.networks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.api.ApiJson;
import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code filters} query parameter in both of moby's JSON forms — {@code {"key":{"v":true}}}
 * and the older {@code {"key":["v"]}} — as a map from key to values.
 */
public final class FilterArgs {
  private FilterArgs() {}

  public static Map<String, List<String>> parse(Optional<String> json) {
    if (json.isEmpty() || json.get().isEmpty()) {
      return Map.of();
    }
    JsonNode root;
    try {
      root = ApiJson.MAPPER.readTree(json.get());
    } catch (JsonProcessingException e) {
      throw new DrydockException.InvalidArgument("invalid filters: " + e.getOriginalMessage());
    }
    if (!root.isObject()) {
      throw new DrydockException.InvalidArgument("invalid filters: expected a JSON object, got " + json.get());
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : root.properties()) {
      List<String> values = new ArrayList<>();
      if (f.getValue().isArray()) {
        f.getValue().forEach(v -> values.add(v.asText()));
      } else if (f.getValue().isObject()) {
        f.getValue().properties().forEach(v -> {
          if (v.getValue().asBoolean()) {
            values.add(v.getKey());
          }
        });
      } else {
        throw new DrydockException.InvalidArgument("invalid filters: values of '" + f.getKey() + "' must be a list or a map");
      }
      out.put(f.getKey(), values);
    }
    return out;
  }
}
