package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** A device cgroup allow/deny rule. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceRule(
    Boolean allow,
    String type,
    Long major,
    Long minor,
    String access,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public DeviceRule {
    unknown = Extras.copy(unknown);
  }
}
