package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The maximum number of tasks in the cgroup. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Pids(
    Long limit,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Pids {
    unknown = Extras.copy(unknown);
  }
}
