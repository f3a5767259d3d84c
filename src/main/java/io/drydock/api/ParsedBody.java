package io.drydock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON request body parsed once into a tree, for routes whose body is split over several DTOs
 * (create's process, wiring, options and tuning parts): each part is bound from the tree rather
 * than from the bytes again, and a wrong type reads as {@link JsonBodies#read} would word it.
 */
public final class ParsedBody {
  private final byte[] body;
  private final JsonNode tree;

  ParsedBody(byte[] body, JsonNode tree) {
    this.body = body;
    this.tree = tree;
  }

  /** The body as {@code type}; a body of only whitespace is refused as reading the bytes refuses it. */
  public <T> T as(Class<T> type) {
    return JsonBodies.decode(body, () -> {
      if (tree.isMissingNode()) {
        throw MismatchedInputException.from(null, type, "No content to map due to end-of-input");
      }
      return ApiJson.MAPPER.treeToValue(tree, type);
    });
  }
}
