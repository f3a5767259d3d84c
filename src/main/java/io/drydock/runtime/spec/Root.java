package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The root filesystem: a path, relative to the bundle or absolute, and whether it is read-only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Root(
    String path,
    Boolean readonly,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Root {
    unknown = Extras.copy(unknown);

  }
}
