package io.drydock.api.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drydock.api.ApiJson;
import io.drydock.engine.container.service.ContainerFilesystems.ContainerSizes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ?size=1}'s fields where dockerd 20.10 writes them (checked against it), a list row without a zero SizeRw. */
class SizeFieldsTest {
  @Test
  void aListRowGetsTheSizesAfterPortsAndLeavesOutAZero() {
    Map<String, Object> row = new java.util.LinkedHashMap<>(Map.of("Id", "x"));
    row.put("Ports", List.of());
    row.put("Labels", Map.of());
    ObjectNode n = SizeFields.summary(row, new ContainerSizes(0, 1984132));
    assertThat(fieldNames(n)).containsExactly("Id", "Ports", "SizeRootFs", "Labels");
    assertThat(n.path("SizeRootFs").asLong()).isEqualTo(1984132);
    assertThat(fieldNames(SizeFields.summary(row, new ContainerSizes(5, 10)))).containsExactly("Id", "Ports", "SizeRw", "SizeRootFs", "Labels");
  }

  @Test
  void inspectGetsBothAfterGraphDriverEvenAZero() {
    Map<String, Object> inspect = new java.util.LinkedHashMap<>();
    inspect.put("Id", "x");
    inspect.put("GraphDriver", Map.of());
    inspect.put("Mounts", List.of());
    ObjectNode n = SizeFields.inspect(inspect, new ContainerSizes(0, 7));
    assertThat(fieldNames(n)).containsExactly("Id", "GraphDriver", "SizeRw", "SizeRootFs", "Mounts");
    assertThat(n.path("SizeRw").isNumber()).isTrue();
    assertThat(ApiJson.MAPPER.valueToTree(n).path("SizeRootFs").asLong()).isEqualTo(7);
  }

  private static List<String> fieldNames(ObjectNode n) {
    List<String> out = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
