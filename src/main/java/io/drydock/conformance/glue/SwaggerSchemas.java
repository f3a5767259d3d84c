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
 * A small validator of response bodies against the Engine API swagger, for the subset of Swagger 2
 * / JSON Schema the file uses: required properties are present, every present value has the
 * declared type and, where an {@code enum} is given, one of its values, recursively through
 * {@code $ref}, {@code allOf} (every member), {@code properties}, {@code additionalProperties} and
 * {@code items}; {@code format} is not checked. As in Go's encoding, a
 * {@code null} array, map or object is accepted (a nil slice, map or pointer); a {@code null}
 * string, number or boolean only where the swagger says {@code x-nullable}.
 */
public final class SwaggerSchemas {
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
  public static JsonNode responseSchema(String operationId, int status) {
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

  /**
   * What is wrong with {@code body} as the 200 answer of {@code operationId}: its violations and,
   * with {@code strict}, its undeclared properties, except what dockerd does too ({@link
   * DockerdDeviations}).
   */
  public static List<String> responseProblems(String operationId, JsonNode body, boolean strict) {
    JsonNode schema = responseSchema(operationId, 200);
    List<String> problems = new ArrayList<>(violations(body, schema));
    if (strict) {
      undeclared(body, schema).forEach(path -> problems.add(path + ": not declared by the swagger"));
    }
    return DockerdDeviations.unexpected(operationId, problems);
  }

  /** Violations of {@code schema} by {@code value}; empty when it conforms. */
  public static List<String> violations(JsonNode value, JsonNode schema) {
    List<String> out = new ArrayList<>();
    check(value, schema, "$", out, null);
    return out;
  }

  /**
   * Paths of object properties that {@code value} has but no schema on the way declares (and no
   * {@code additionalProperties} admits). Not a JSON Schema violation, but in a response it is a
   * misspelt DTO field or a field dockerd does not send, so the response tests list them.
   */
  public static List<String> undeclared(JsonNode value, JsonNode schema) {
    List<String> out = new ArrayList<>();
    check(value, schema, "$", new ArrayList<>(), out);
    return out;
  }

  private static void check(JsonNode value, JsonNode schema, String at, List<String> out, List<String> undeclared) {
    schema = resolve(schema);
    if (schema.has("allOf")) {
      checkAll(value, schema.get("allOf"), at, out, undeclared);
      return;
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
    if (value == null || value.isNull()) {
      if (!type.isEmpty() && !type.equals("array") && !type.equals("object") && !schema.path("x-nullable").asBoolean(false)) {
        out.add(at + ": null where " + type + " is required");
      }
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      out.add(at + ": " + value + " is not one of " + schema.get("enum"));
    }
    switch (type) {
      case "string" -> expect(value.isTextual(), at, "string", value, out);
      case "integer" -> expect(value.isIntegralNumber(), at, "integer", value, out);
      case "number" -> expect(value.isNumber(), at, "number", value, out);
      case "boolean" -> expect(value.isBoolean(), at, "boolean", value, out);
      case "array" -> {
        if (expect(value.isArray(), at, "array", value, out) && schema.has("items")) {
          for (int i = 0; i < value.size(); i++) {
            check(value.get(i), schema.get("items"), at + "[" + i + "]", out, undeclared);
          }
        }
      }
      case "object" -> {
        if (expect(value.isObject(), at, "object", value, out)) {
          checkObject(value, schema, at, out, undeclared);
        }
      }
      default -> { }
    }
  }

  /** {@code allOf}: every member must hold; a property is declared if any member declares it. */
  private static void checkAll(JsonNode value, JsonNode members, String at, List<String> out, List<String> undeclared) {
    for (JsonNode member : iterable(members)) {
      check(value, member, at, out, null);
    }
    if (undeclared == null || value == null || !value.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      JsonNode declared = null;
      boolean open = false;
      for (JsonNode member : iterable(members)) {
        JsonNode m = resolve(member);
        declared = declared != null ? declared : m.path("properties").get(field.getKey());
        open |= m.has("additionalProperties") && !m.get("additionalProperties").isBoolean();
      }
      if (declared != null) {
        check(field.getValue(), declared, at + "." + field.getKey(), new ArrayList<>(), undeclared);
      } else if (!open) {
        undeclared.add(at + "." + field.getKey());
      }
    }
  }

  private static void checkObject(JsonNode value, JsonNode schema, String at, List<String> out, List<String> undeclared) {
    for (JsonNode required : iterable(schema.path("required"))) {
      if (!value.has(required.asText())) {
        out.add(at + ": missing required property " + required.asText());
      }
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      JsonNode declared = schema.path("properties").get(field.getKey());
      if (declared != null) {
        check(field.getValue(), declared, at + "." + field.getKey(), out, undeclared);
      } else if (schema.path("additionalProperties").isObject()) {
        check(field.getValue(), schema.get("additionalProperties"), at + "." + field.getKey(), out, undeclared);
      } else if (undeclared != null && schema.has("properties") && !schema.path("additionalProperties").asBoolean(false)) {
        // an object schema without properties is a free-form map (SystemVersion's Details)
        undeclared.add(at + "." + field.getKey());
      }
    }
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode v : iterable(values)) {
      if (v.equals(value) || (v.isNumber() && value.isNumber() && v.decimalValue().compareTo(value.decimalValue()) == 0)) {
        return true;
      }
    }
    return false;
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
      JsonNode target = ROOT.path("definitions").get(ref.substring("#/definitions/".length()));
      if (target == null) {
        throw new IllegalArgumentException("dangling $ref " + ref);
      }
      schema = target;
    }
    return schema;
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node::elements;
  }
}
