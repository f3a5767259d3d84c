package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** A device node to create inside the container's /dev. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Device(
    String type,
    String path,
    Long major,
    Long minor,
    Integer fileMode,
    Long uid,
    Long gid,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Device {
    unknown = Extras.copy(unknown);

  }
}
