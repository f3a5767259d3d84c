package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One row of {@code GET /images/search} (swagger's inline {@code ImageSearchResponseItem}). */
public record ImageSearchResponseItem(
    @JsonProperty("description") String description,
    @JsonProperty("is_official") boolean isOfficial,
    @JsonProperty("is_automated") boolean isAutomated,
    @JsonProperty("name") String name,
    @JsonProperty("star_count") long starCount) {}
