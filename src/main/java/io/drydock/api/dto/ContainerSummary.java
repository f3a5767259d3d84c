package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Swagger {@code ContainerSummary} (the fields {@code /system/df} needs so far; the container
 * routes extend it).
 */
public record ContainerSummary(
    @JsonProperty("Id") String id,
    @JsonProperty("Names") List<String> names,
    @JsonProperty("Image") String image,
    @JsonProperty("State") String state,
    @JsonProperty("SizeRw") long sizeRw,
    @JsonProperty("SizeRootFs") long sizeRootFs) {}
