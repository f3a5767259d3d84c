package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** One POSIX resource limit (type RLIMIT_*). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rlimit(
    String type,
    Long hard,
    Long soft,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Rlimit {
    unknown = Extras.copy(unknown);

  }
}
