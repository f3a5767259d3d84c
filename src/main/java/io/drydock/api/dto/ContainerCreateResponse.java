package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Swagger's {@code ContainerCreateResponse}: {@code 201 {"Id", "Warnings"}}. */
public record ContainerCreateResponse(@JsonProperty("Id") String id, @JsonProperty("Warnings") List<String> warnings) {}
