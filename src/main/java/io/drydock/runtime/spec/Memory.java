package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** Memory limits in bytes (-1 = unlimited). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Memory(
    Long limit,
    Long reservation,
    Long swap,
    Long kernel,
    Long kernelTCP,
    Long swappiness,
    Boolean disableOOMKiller,
    Boolean useHierarchy,
    Boolean checkBeforeUpdate,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Memory {
    unknown = Extras.copy(unknown);
  }
}
