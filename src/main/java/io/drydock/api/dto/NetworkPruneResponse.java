package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The 200 of {@code POST /networks/prune}. */
public record NetworkPruneResponse(@JsonProperty("NetworksDeleted") List<String> networksDeleted) {}
