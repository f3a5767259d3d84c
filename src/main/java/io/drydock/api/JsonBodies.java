package io.drydock.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads JSON request bodies with dockerd's checks and wording: a non-empty body must say
 * {@code Content-Type: application/json}; malformed JSON is a 400 whose message reads like Go's
 * {@code encoding/json} error, because that is what clients and scripts have seen for years.
 */
public final class JsonBodies {
  private JsonBodies() {}

  /** The decoded body, or empty when the request has none. */
  public static <T> Optional<T> read(ApiRequest request, Class<T> type) {
    if (request.body().length == 0) {
      return Optional.empty();
    }
    checkContentType(request.headers().get("Content-Type"));
    return Optional.ofNullable(decode(request.body(), () -> ApiJson.MAPPER.readValue(request.body(), type)));
  }

  /**
   * The body parsed once, for a route that reads it as several DTOs ({@link ParsedBody#as});
   * empty when the request has none or it is JSON {@code null}, as {@link #read} is.
   */
  public static Optional<ParsedBody> parse(ApiRequest request) {
    if (request.body().length == 0) {
      return Optional.empty();
    }
    checkContentType(request.headers().get("Content-Type"));
    JsonNode tree = decode(request.body(), () -> ApiJson.MAPPER.readTree(request.body()));
    return tree.isNull() ? Optional.empty() : Optional.of(new ParsedBody(request.body(), tree));
  }

  /** One step of decoding {@code body}, whose Jackson errors become the 400 texts Go would give. */
  static <T> T decode(byte[] body, Decoding<T> step) {
    try {
      return step.run();
    } catch (JsonEOFException e) {
      throw new DrydockException.InvalidArgument("unexpected EOF", e);
    } catch (JsonParseException e) {
      throw new DrydockException.InvalidArgument(invalidCharacter(body, e), e);
    } catch (MismatchedInputException e) {
      throw new DrydockException.InvalidArgument(cannotUnmarshal(e), e);
    } catch (IOException e) {
      throw new DrydockException.InvalidArgument("invalid JSON: " + e.getMessage(), e);
    }
  }

  /** A Jackson call that may fail with its checked exceptions. */
  @FunctionalInterface
  interface Decoding<T> {
    T run() throws IOException;
  }

  static void checkContentType(String contentType) {
    if (contentType == null || !contentType.split(";")[0].trim().equalsIgnoreCase("application/json")) {
      throw new DrydockException.InvalidArgument(
          "Content-Type specified (" + (contentType == null ? "" : contentType) + ") must be 'application/json'");
    }
  }

  /** Go's {@code json: cannot unmarshal string into Go struct field Config.Memory of type int64}. */
  static String cannotUnmarshal(MismatchedInputException e) {
    String found = foundKind(e);
    List<JsonMappingException.Reference> path = e.getPath();
    String target = e.getTargetType() == null ? "value" : goType(e.getTargetType());
    if (path.isEmpty() || path.get(path.size() - 1).getFieldName() == null) {
      return "json: cannot unmarshal " + found + " into Go value of type " + target;
    }
    JsonMappingException.Reference last = path.get(path.size() - 1);
    String owner = last.getFrom() instanceof Class<?> c ? c.getSimpleName() : last.getFrom() == null ? "" : last.getFrom().getClass().getSimpleName();
    return "json: cannot unmarshal " + found + " into Go struct field " + owner + "." + last.getFieldName() + " of type " + target;
  }

  /** What the client sent, in Go's words, from the offending value or the token Jackson names. */
  private static String foundKind(MismatchedInputException e) {
    if (e instanceof InvalidFormatException f && f.getValue() != null) {
      Object v = f.getValue();
      return v instanceof String ? "string" : v instanceof Boolean ? "bool" : v instanceof Number ? "number" : "value";
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("JsonToken\\.([A-Z_]+)").matcher(String.valueOf(e.getOriginalMessage()));
    if (m.find()) {
      try {
        return goKind(JsonToken.valueOf(m.group(1)));
      } catch (IllegalArgumentException ignored) {
        return "value";
      }
    }
    return "value";
  }

  private static String goKind(JsonToken token) {
    return switch (token) {
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "bool";
      case START_ARRAY -> "array";
      case START_OBJECT -> "object";
      case VALUE_NULL -> "null";
      default -> "value";
    };
  }

  private static String goType(Class<?> type) {
    if (type == long.class || type == Long.class) {
      return "int64";
    }
    if (type == int.class || type == Integer.class) {
      return "int";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "bool";
    }
    if (type == String.class) {
      return "string";
    }
    if (type == double.class || type == Double.class) {
      return "float64";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "[]" + (type.isArray() ? goType(type.getComponentType()) : "interface {}");
    }
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "map[string]interface {}";
    }
    return type.getSimpleName();
  }

  private static String invalidCharacter(byte[] body, JsonParseException e) {
    long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
    int index = offset > 0 ? (int) offset - 1 : firstNonSpace(body);
    char c = index >= 0 && index < body.length ? (char) body[index] : '?';
    String where = index == firstNonSpace(body) ? "looking for beginning of value" : "in JSON value";
    return "invalid character '" + c + "' " + where;
  }

  private static int firstNonSpace(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      if (!Character.isWhitespace(body[i])) {
        return i;
      }
    }
    return -1;
  }
}
