package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The five Linux capability sets, by name (CAP_*). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Capabilities(
    List<String> bounding,
    List<String> effective,
    List<String> inheritable,
    List<String> permitted,
    List<String> ambient,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Capabilities {
    unknown = Extras.copy(unknown);

  }
}
