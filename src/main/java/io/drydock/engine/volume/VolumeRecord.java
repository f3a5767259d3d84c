package io.drydock.engine.volume;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A volume as the engine keeps it; {@code createdAt} is RFC 3339 as Docker shows it. {@code labels}
 * and {@code options} stay null when none were given, as dockerd keeps them: its API shows
 * {@code null} for those and {@code {}} for a create that sent empty maps.
 */
public record VolumeRecord(
    @JsonProperty("name") String name,
    @JsonProperty("driver") String driver,
    @JsonProperty("mountpoint") String mountpoint,
    @JsonProperty("createdAt") String createdAt,
    @JsonProperty("labels") Map<String, String> labels,
    @JsonProperty("options") Map<String, String> options,
    @JsonProperty("anonymous") boolean anonymous) {
  public VolumeRecord {
    labels = labels == null ? null : Map.copyOf(labels);
    options = options == null ? null : Map.copyOf(options);
  }

  public Map<String, String> labelsOrEmpty() {
    return labels == null ? Map.of() : labels;
  }

  public Map<String, String> optionsOrEmpty() {
    return options == null ? Map.of() : options;
  }
}
