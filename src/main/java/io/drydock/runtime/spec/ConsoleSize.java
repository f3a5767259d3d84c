package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** Size of the pseudo terminal, when one is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsoleSize(
    Integer height,
    Integer width,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public ConsoleSize {
    unknown = Extras.copy(unknown);

  }
}
