package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer of {@code POST /build/prune} (swagger's inline {@code BuildPruneResponse}). */
public record BuildPruneResponse(
    @JsonProperty("CachesDeleted") List<String> cachesDeleted,
    @JsonProperty("SpaceReclaimed") long spaceReclaimed) {}
