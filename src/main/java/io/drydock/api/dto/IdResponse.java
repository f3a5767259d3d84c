package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Swagger {@code IdResponse}: {@code {"Id": ...}}. */
public record IdResponse(@JsonProperty("Id") String id) {}
