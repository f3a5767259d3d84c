package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Swagger {@code BuildInfo}: one message of {@code POST /build}'s JSON stream. The docker CLI
 * prints {@code stream}, reads the image ID from {@code aux.ID} and exits 1 on
 * {@code errorDetail} (with the code of a failed RUN).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BuildInfo(
    @JsonProperty("stream") String stream,
    @JsonProperty("errorDetail") ErrorDetail errorDetail,
    @JsonProperty("error") String error,
    @JsonProperty("aux") Map<String, Object> aux) {

  public static BuildInfo stream(String text) {
    return new BuildInfo(text, null, null, null);
  }

  public static BuildInfo imageId(String id) {
    return new BuildInfo(null, null, null, Map.of("ID", id));
  }

  public static BuildInfo error(Integer code, String message) {
    return new BuildInfo(null, new ErrorDetail(code, message), message, null);
  }
}
