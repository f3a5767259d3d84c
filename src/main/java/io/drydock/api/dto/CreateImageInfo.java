package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Swagger {@code CreateImageInfo} / {@code PushImageInfo}: one message of a JSON progress stream
 * (pull, import, push, load). The docker CLI draws {@code id}+{@code status}+{@code progressDetail}
 * as progress bars, prints {@code stream}, and exits 1 on {@code errorDetail}. {@code aux} carries
 * push's Tag/Digest/Size.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateImageInfo(
    @JsonProperty("id") String id,
    @JsonProperty("status") String status,
    @JsonProperty("stream") String stream,
    @JsonProperty("progressDetail") ProgressDetail progressDetail,
    @JsonProperty("error") String error,
    @JsonProperty("errorDetail") ErrorDetail errorDetail,
    @JsonProperty("aux") Map<String, Object> aux) {

  public static CreateImageInfo status(String id, String status) {
    return new CreateImageInfo(id, status, null, null, null, null, null);
  }

  public static CreateImageInfo stream(String text) {
    return new CreateImageInfo(null, null, text, null, null, null, null);
  }

  public static CreateImageInfo error(String message) {
    return new CreateImageInfo(null, null, null, null, message, new ErrorDetail(message), null);
  }
}
