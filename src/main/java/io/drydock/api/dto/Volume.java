package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Swagger {@code Volume}; {@code UsageData} only in {@code /system/df}, omitted elsewhere as the swagger says. */
public record Volume(
    @JsonProperty("Name") String name,
    @JsonProperty("Driver") String driver,
    @JsonProperty("Mountpoint") String mountpoint,
    @JsonProperty("CreatedAt") String createdAt,
    @JsonProperty("Labels") Map<String, String> labels,
    @JsonProperty("Scope") String scope,
    @JsonProperty("Options") Map<String, String> options,
    @JsonProperty("UsageData") @JsonInclude(JsonInclude.Include.NON_NULL) UsageData usageData) {

  /** {@code Volume.UsageData}: bytes used and the number of containers referencing it. */
  public record UsageData(@JsonProperty("Size") long size, @JsonProperty("RefCount") long refCount) {}
}
