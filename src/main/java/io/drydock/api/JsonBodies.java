package io.drydock.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.drydock.common.DrydockException;
import java.io.IOException;
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
    try {
      return Optional.ofNullable(ApiJson.MAPPER.readValue(request.body(), type));
    } catch (JsonEOFException e) {
      throw new DrydockException.InvalidArgument("unexpected EOF", e);
    } catch (JsonParseException e) {
      throw new DrydockException.InvalidArgument(invalidCharacter(request.body(), e), e);
    } catch (MismatchedInputException e) {
      throw new DrydockException.InvalidArgument(
          "json: cannot unmarshal " + e.getOriginalMessage().split("\n")[0] + " (field " + e.getPathReference() + ")", e);
    } catch (IOException e) {
      throw new DrydockException.InvalidArgument("invalid JSON: " + e.getMessage(), e);
    }
  }

  static void checkContentType(String contentType) {
    if (contentType == null || !contentType.split(";")[0].trim().equalsIgnoreCase("application/json")) {
      throw new DrydockException.InvalidArgument(
          "Content-Type specified (" + (contentType == null ? "" : contentType) + ") must be 'application/json'");
    }
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
