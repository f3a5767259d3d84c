package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /exec/{id}/start}. */
public record ExecStartConfig(@JsonProperty("Detach") Boolean detach, @JsonProperty("Tty") Boolean tty) {}
