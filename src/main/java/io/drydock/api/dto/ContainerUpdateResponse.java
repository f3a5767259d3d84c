package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Swagger's {@code ContainerUpdateResponse}. */
public record ContainerUpdateResponse(@JsonProperty("Warnings") List<String> warnings) {}
