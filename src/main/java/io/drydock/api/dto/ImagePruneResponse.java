package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer of {@code POST /images/prune} (swagger's inline {@code ImagePruneResponse}). */
public record ImagePruneResponse(
    @JsonProperty("ImagesDeleted") List<ImageDeleteResponseItem> imagesDeleted,
    @JsonProperty("SpaceReclaimed") long spaceReclaimed) {}
