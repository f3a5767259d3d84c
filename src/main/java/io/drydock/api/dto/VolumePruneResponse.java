package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The 200 of {@code POST /volumes/prune}. */
public record VolumePruneResponse(@JsonProperty("VolumesDeleted") List<String> volumesDeleted, @JsonProperty("SpaceReclaimed") long spaceReclaimed) {}
