package io.drydock.engine.volume;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A volume as the engine keeps it; {@code createdAt} is RFC 3339 as Docker shows it. */
public record VolumeRecord(
    @JsonProperty("name") String name,
    @JsonProperty("driver") String driver,
    @JsonProperty("mountpoint") String mountpoint,
    @JsonProperty("createdAt") String createdAt,
    @JsonProperty("labels") Map<String, String> labels,
    @JsonProperty("options") Map<String, String> options,
    @JsonProperty("anonymous") boolean anonymous) {
  public VolumeRecord {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    options = options == null ? Map.of() : Map.copyOf(options);
  }
}
