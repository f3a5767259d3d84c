package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Swagger {@code ErrorDetail}: the in-band error that ends a progress stream. */
public record ErrorDetail(@JsonProperty("message") String message) {}
