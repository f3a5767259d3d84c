package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** A seccomp argument comparison. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyscallArg(
    Integer index,
    Long value,
    Long valueTwo,
    String op,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public SyscallArg {
    unknown = Extras.copy(unknown);

  }
}
