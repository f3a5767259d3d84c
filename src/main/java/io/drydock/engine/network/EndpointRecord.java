package io.drydock.engine.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A container's attachment to a network: its address (empty on {@code host}/{@code none}), MAC,
 * aliases and the legacy links given when it was connected ({@code target:alias}, unchecked, as
 * dockerd keeps an endpoint's {@code Links}). Persisted with its network so the addresses survive
 * a daemon restart.
 */
public record EndpointRecord(
    @JsonProperty("endpointId") String endpointId,
    @JsonProperty("containerId") String containerId,
    @JsonProperty("containerName") String containerName,
    @JsonProperty("ipv4") String ipv4,
    @JsonProperty("prefix") int prefix,
    @JsonProperty("gateway") String gateway,
    @JsonProperty("mac") String mac,
    @JsonProperty("aliases") List<String> aliases,
    @JsonProperty("links") List<String> links) {
  public EndpointRecord {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** An endpoint without links. */
  public EndpointRecord(String endpointId, String containerId, String containerName, String ipv4, int prefix, String gateway, String mac,
      List<String> aliases) {
    this(endpointId, containerId, containerName, ipv4, prefix, gateway, mac, aliases, List.of());
  }
}
