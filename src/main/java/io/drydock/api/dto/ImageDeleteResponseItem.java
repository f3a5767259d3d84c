package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Swagger {@code ImageDeleteResponseItem}: either {@code Untagged} or {@code Deleted} is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageDeleteResponseItem(@JsonProperty("Untagged") String untagged, @JsonProperty("Deleted") String deleted) {}
