package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** CPU shares, CFS quota/period, realtime and cpuset. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cpu(
    Long shares,
    Long quota,
    Long burst,
    Long period,
    Long realtimeRuntime,
    Long realtimePeriod,
    String cpus,
    String mems,
    Long idle,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public Cpu {
    unknown = Extras.copy(unknown);
  }
}
