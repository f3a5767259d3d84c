package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Swagger's {@code ContainerWaitResponse}: the exit code, and the start error if any. */
public record ContainerWaitResponse(@JsonProperty("StatusCode") int statusCode, @JsonProperty("Error") ContainerWaitExitError error) {
  /** Swagger {@code ContainerWaitExitError}. */
  public record ContainerWaitExitError(@JsonProperty("Message") String message) {}
}
