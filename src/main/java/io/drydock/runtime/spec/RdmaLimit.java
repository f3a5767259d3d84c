package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** RDMA handle and object limits for one device. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RdmaLimit(
    Integer hcaHandles,
    Integer hcaObjects,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public RdmaLimit {
    unknown = Extras.copy(unknown);
  }
}
