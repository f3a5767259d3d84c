package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Swagger {@code SystemEventsResponse} (moby's {@code events.Message}): one line of the
 * {@code /events} stream. {@code status}, {@code id} and {@code from} are the deprecated copies
 * dockerd still sends for container and image events; absent for other types.
 */
public record EventMessage(
    @JsonProperty("status") @JsonInclude(JsonInclude.Include.NON_NULL) String status,
    @JsonProperty("id") @JsonInclude(JsonInclude.Include.NON_NULL) String id,
    @JsonProperty("from") @JsonInclude(JsonInclude.Include.NON_NULL) String from,
    @JsonProperty("Type") String type,
    @JsonProperty("Action") String action,
    @JsonProperty("Actor") EventActor actor,
    @JsonProperty("scope") String scope,
    @JsonProperty("time") long time,
    @JsonProperty("timeNano") long timeNano) {

  /** {@code Actor}: the object's id and its attributes. */
  public record EventActor(@JsonProperty("ID") String id, @JsonProperty("Attributes") Map<String, String> attributes) {}
}
