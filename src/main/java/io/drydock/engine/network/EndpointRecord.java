package io.drydock.engine.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A container's attachment to a network: its address (empty on {@code host}/{@code none}), MAC and
 * aliases. Persisted with its network so the addresses survive a daemon restart.
 */
public record EndpointRecord(
    @JsonProperty("endpointId") String endpointId,
    @JsonProperty("containerId") String containerId,
    @JsonProperty("containerName") String containerName,
    @JsonProperty("ipv4") String ipv4,
    @JsonProperty("prefix") int prefix,
    @JsonProperty("gateway") String gateway,
    @JsonProperty("mac") String mac,
    @JsonProperty("aliases") List<String> aliases) {
  public EndpointRecord {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
