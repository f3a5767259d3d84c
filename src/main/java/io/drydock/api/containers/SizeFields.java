package io.drydock.api.containers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drydock.api.ApiJson;
import io.drydock.engine.container.service.ContainerFilesystems.ContainerSizes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ?size=1} of {@code GET /containers/json} and {@code /containers/{id}/json}: dockerd's
 * {@code SizeRw} and {@code SizeRootFs}, placed where dockerd writes them (after {@code Ports} in
 * a list row, after {@code GraphDriver} in inspect). A list row leaves out a zero, as dockerd's
 * {@code omitempty} does ({@code docker ps -s} then shows {@code 0B (virtual 1.98MB)}); inspect
 * always has both.
 */
final class SizeFields {
  private SizeFields() {}

  static ObjectNode summary(Object row, ContainerSizes sizes) {
    Map<String, Long> fields = new LinkedHashMap<>();
    if (sizes.rw() != 0) {
      fields.put("SizeRw", sizes.rw());
    }
    if (sizes.rootFs() != 0) {
      fields.put("SizeRootFs", sizes.rootFs());
    }
    return after(ApiJson.MAPPER.valueToTree(row), "Ports", fields);
  }

  static ObjectNode inspect(Object inspect, ContainerSizes sizes) {
    Map<String, Long> fields = new LinkedHashMap<>();
    fields.put("SizeRw", sizes.rw());
    fields.put("SizeRootFs", sizes.rootFs());
    return after(ApiJson.MAPPER.valueToTree(inspect), "GraphDriver", fields);
  }

  private static ObjectNode after(ObjectNode in, String field, Map<String, Long> added) {
    ObjectNode out = ApiJson.MAPPER.createObjectNode();
    for (Map.Entry<String, JsonNode> e : in.properties()) {
      if (added.containsKey(e.getKey())) {
        continue;
      }
      out.set(e.getKey(), e.getValue());
      if (e.getKey().equals(field)) {
        added.forEach(out::put);
      }
    }
    return out;
  }
}
