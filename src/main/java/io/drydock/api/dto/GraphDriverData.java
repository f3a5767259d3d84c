package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Swagger {@code GraphDriverData}: the storage driver's name and its paths. */
public record GraphDriverData(@JsonProperty("Name") String name, @JsonProperty("Data") Map<String, String> data) {}
