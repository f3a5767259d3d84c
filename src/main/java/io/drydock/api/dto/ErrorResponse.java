package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Swagger {@code ErrorResponse}: every error body, {@code {"message": "..."}}. */
public record ErrorResponse(@JsonProperty("message") String message) {}
