package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Swagger {@code ProgressDetail}: bytes done of a layer transfer. */
public record ProgressDetail(@JsonProperty("current") Long current, @JsonProperty("total") Long total) {}
