package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Swagger {@code ErrorDetail}: the in-band error that ends a progress stream; {@code code} only
 * where dockerd sends one (a failed RUN's exit code in a build).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDetail(@JsonProperty("code") Integer code, @JsonProperty("message") String message) {
  public ErrorDetail(String message) {
    this(null, message);
  }
}
