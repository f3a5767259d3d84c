package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** One hook: an absolute path run with args and env, with an optional timeout in seconds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Hook(
    String path,
    List<String> args,
    List<String> env,
    Integer timeout,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Hook {
    unknown = Extras.copy(unknown);

  }
}
