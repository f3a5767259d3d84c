package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Swagger {@code HistoryResponseItem}: one row of {@code GET /images/{name}/history}. */
public record HistoryResponseItem(
    @JsonProperty("Id") String id,
    @JsonProperty("Created") long created,
    @JsonProperty("CreatedBy") String createdBy,
    @JsonProperty("Tags") List<String> tags,
    @JsonProperty("Size") long size,
    @JsonProperty("Comment") String comment) {}
