package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** A user-namespace id range: {@code size} ids from {@code hostID} appear as {@code containerID}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdMapping(
    Long containerID,
    Long hostID,
    Long size,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public IdMapping {
    unknown = Extras.copy(unknown);

  }
}
