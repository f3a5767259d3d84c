package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** Hooks per lifecycle point, each run in order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Hooks(
    List<Hook> prestart,
    List<Hook> createRuntime,
    List<Hook> createContainer,
    List<Hook> startContainer,
    List<Hook> poststart,
    List<Hook> poststop,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Hooks {
    unknown = Extras.copy(unknown);

  }
}
