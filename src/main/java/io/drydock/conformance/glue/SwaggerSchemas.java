package io.drydock.conformance.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small validator of response bodies against the Engine API swagger: required properties are
 * present and every present value has the declared type, recursively through {@code $ref},
 * {@code properties}, {@code additionalProperties} and {@code items}. As in Go's encoding, a
 * {@code null} array, map or object is accepted (a nil slice, map or pointer); a {@code null}
 * string, number or boolean only where the swagger says {@code x-nullable}.
 */
final class SwaggerSchemas {
  static final String RESOURCE = "/swagger/docker-engine-api-v1.41.yaml";
  private static final JsonNode ROOT = load();

  private SwaggerSchemas() {}

  private static JsonNode load() {
    try (InputStream in = SwaggerSchemas.class.getResourceAsStream(RESOURCE)) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema of an operation's response for {@code status}. */
  static JsonNode responseSchema(String operationId, int status) {
    for (JsonNode path : iterable(ROOT.get("paths"))) {
      for (JsonNode op : iterable(path)) {
        if (op.isObject() && operationId.equals(op.path("operationId").asText())) {
          JsonNode schema = op.path("responses").path(String.valueOf(status)).get("schema");
          if (schema == null) {
            throw new IllegalArgumentException(operationId + " has no schema for " + status);
          }
          return schema;
        }
      }
    }
    throw new IllegalArgumentException("no operation " + operationId + " in the swagger");
  }

  /** Violations of {@code schema} by {@code value}; empty when it conforms. */
  static List<String> violations(JsonNode value, JsonNode schema) {
    List<String> out = new ArrayList<>();
    check(value, schema, "$", out);
    return out;
  }

  private static void check(JsonNode value, JsonNode schema, String at, List<String> out) {
    schema = resolve(schema);
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
    if (value == null || value.isNull()) {
      if (!type.isEmpty() && !type.equals("array") && !type.equals("object") && !schema.path("x-nullable").asBoolean(false)) {
        out.add(at + ": null where " + type + " is required");
      }
      return;
    }
    switch (type) {
      case "string" -> expect(value.isTextual(), at, "string", value, out);
      case "integer" -> expect(value.isIntegralNumber(), at, "integer", value, out);
      case "number" -> expect(value.isNumber(), at, "number", value, out);
      case "boolean" -> expect(value.isBoolean(), at, "boolean", value, out);
      case "array" -> {
        if (expect(value.isArray(), at, "array", value, out) && schema.has("items")) {
          for (int i = 0; i < value.size(); i++) {
            check(value.get(i), schema.get("items"), at + "[" + i + "]", out);
          }
        }
      }
      case "object" -> {
        if (expect(value.isObject(), at, "object", value, out)) {
          checkObject(value, schema, at, out);
        }
      }
      default -> { }
    }
  }

  private static void checkObject(JsonNode value, JsonNode schema, String at, List<String> out) {
    for (JsonNode required : iterable(schema.path("required"))) {
      if (!value.has(required.asText())) {
        out.add(at + ": missing required property " + required.asText());
      }
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      JsonNode declared = schema.path("properties").get(field.getKey());
      if (declared != null) {
        check(field.getValue(), declared, at + "." + field.getKey(), out);
      } else if (schema.path("additionalProperties").isObject()) {
        check(field.getValue(), schema.get("additionalProperties"), at + "." + field.getKey(), out);
      }
    }
  }

  private static boolean expect(boolean ok, String at, String type, JsonNode value, List<String> out) {
    if (!ok) {
      out.add(at + ": expected " + type + ", got " + value.getNodeType() + " " + value);
    }
    return ok;
  }

  private static JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/definitions/")) {
        throw new IllegalArgumentException("unsupported $ref " + ref);
      }
      schema = ROOT.path("definitions").path(ref.substring("#/definitions/".length()));
    }
    if (schema.has("allOf")) {
      return resolve(schema.get("allOf").get(0));
    }
    return schema;
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node::elements;
  }
}
