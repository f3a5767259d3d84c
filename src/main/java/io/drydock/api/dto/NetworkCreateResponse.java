package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The 201 of {@code POST /networks/create}. */
public record NetworkCreateResponse(@JsonProperty("Id") String id, @JsonProperty("Warning") String warning) {}
