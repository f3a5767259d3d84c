package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer of {@code POST /containers/prune}. */
public record ContainerPruneResponse(@JsonProperty("ContainersDeleted") List<String> containersDeleted, @JsonProperty("SpaceReclaimed") long spaceReclaimed) {}
