package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of {@code GET /system/df} (inline schema of swagger {@code SystemDataUsage}). */
public record SystemDataUsageResponse(
    @JsonProperty("LayersSize") long layersSize,
    @JsonProperty("Images") List<ImageSummary> images,
    @JsonProperty("Containers") List<ContainerSummary> containers,
    @JsonProperty("Volumes") List<Volume> volumes,
    @JsonProperty("BuildCache") List<BuildCache> buildCache) {}
