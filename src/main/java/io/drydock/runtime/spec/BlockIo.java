package io.drydock.runtime.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** Block IO weight and throttles. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlockIo(
    Integer weight,
    Integer leafWeight,
    List<Map<String, Object>> weightDevice,
    List<Map<String, Object>> throttleReadBpsDevice,
    List<Map<String, Object>> throttleWriteBpsDevice,
    List<Map<String, Object>> throttleReadIOPSDevice,
    List<Map<String, Object>> throttleWriteIOPSDevice,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) {
  public BlockIo {
    unknown = Extras.copy(unknown);
  }
}
