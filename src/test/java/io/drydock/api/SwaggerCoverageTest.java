package io.drydock.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operation list the route table is built over is exactly the swagger's. */
class SwaggerCoverageTest {
  /** A copy of shared/reference/docker-engine-api-v1.41.yaml, so the build needs nothing outside the repo. */
  static final String SWAGGER = "/swagger/docker-engine-api-v1.41.yaml";

  static JsonNode swagger() throws IOException {
    try (InputStream in = SwaggerCoverageTest.class.getResourceAsStream(SWAGGER)) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }

  static List<String> swaggerOperations() throws IOException {
    JsonNode root = swagger();
    List<String> ops = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        if (List.of("get", "post", "put", "delete", "head").contains(method.getKey())) {
          JsonNode op = method.getValue();
          ops.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + op.get("operationId").asText()
              + " " + op.get("tags").get(0).asText().toUpperCase(Locale.ROOT));
        }
      }
    }
    return ops;
  }

  @Test
  void operationsMatchTheSwagger() throws IOException {
    List<String> ours =
        ApiOperations.ALL.stream()
            .map(o -> o.method().name() + " " + o.path().swaggerForm() + " " + o.operationId() + " " + o.group().name())
            .toList();
    assertThat(ours).containsExactlyInAnyOrderElementsOf(swaggerOperations()).hasSize(106);
  }

  @Test
  void theRouteTableCoversEverySwaggerPath() throws IOException {
    RouteTable table = RouteTable.build(List.of());
    for (String op : swaggerOperations()) {
      String[] f = op.split(" ");
      String concrete = f[1].replaceAll("\\{[a-z]+}", "x");
      RouteTable.Match m = table.match(io.netty.handler.codec.http.HttpMethod.valueOf(f[0]), concrete);
      assertThat(m.route().operation().operationId()).as(op).isEqualTo(f[2]);
    }
  }
}
