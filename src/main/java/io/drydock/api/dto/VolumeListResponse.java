package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Swagger {@code VolumeListResponse} (the 200 of {@code GET /volumes}). */
public record VolumeListResponse(@JsonProperty("Volumes") List<Volume> volumes, @JsonProperty("Warnings") List<String> warnings) {}
