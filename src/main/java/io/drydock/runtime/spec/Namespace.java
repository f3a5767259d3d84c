package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** One namespace to create (no path) or to join (path). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Namespace(
    String type,
    String path,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Namespace {
    unknown = Extras.copy(unknown);

  }
}
