package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer of {@code GET /containers/{id}/top}: ps's columns and rows. */
public record ContainerTopResponse(@JsonProperty("Titles") List<String> titles, @JsonProperty("Processes") List<List<String>> processes) {}
