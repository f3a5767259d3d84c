package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** One mount, in config order; {@code destination} is inside the container. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Mount(
    String destination,
    String type,
    String source,
    List<String> options,
    List<IdMapping> uidMappings,
    List<IdMapping> gidMappings,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Mount {
    unknown = Extras.copy(unknown);

  }
}
