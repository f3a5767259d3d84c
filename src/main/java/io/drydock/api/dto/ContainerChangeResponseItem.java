package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Swagger {@code ContainerChangeResponseItem}: one changed path; Kind 0 modified, 1 added, 2 deleted. */
public record ContainerChangeResponseItem(@JsonProperty("Path") String path, @JsonProperty("Kind") int kind) {}
