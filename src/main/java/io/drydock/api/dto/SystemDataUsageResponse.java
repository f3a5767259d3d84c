package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code GET /system/df} (inline schema of swagger {@code SystemDataUsage}): the rows of
 * {@code /images/json}, {@code /containers/json?all=1&size=1} and {@code /volumes} (each volume with
 * its {@code UsageData}), as dockerd composes it. Containers and volumes are the list routes' own
 * rows, so the two answers cannot drift.
 */
public record SystemDataUsageResponse(
    @JsonProperty("LayersSize") long layersSize,
    @JsonProperty("Images") List<ImageSummary> images,
    @JsonProperty("Containers") List<Object> containers,
    @JsonProperty("Volumes") List<Volume> volumes,
    @JsonProperty("BuildCache") List<BuildCache> buildCache) {}
