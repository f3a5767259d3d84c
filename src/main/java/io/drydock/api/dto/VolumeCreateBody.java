package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Swagger {@code VolumeCreateOptions}, the body of {@code POST /volumes/create}. */
public record VolumeCreateBody(
    @JsonProperty("Name") String name,
    @JsonProperty("Driver") String driver,
    @JsonProperty("DriverOpts") Map<String, String> driverOpts,
    @JsonProperty("Labels") Map<String, String> labels) {}
