package io.drydock.engine.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A container's attachment to a network: its address (empty on {@code host}/{@code none}), MAC,
 * aliases and the legacy links given when it was connected ({@code target:alias}, unchecked, as
 * dockerd keeps an endpoint's {@code Links}). Persisted with its network so the addresses survive
 * a daemon restart.
 *
 * <p>{@code requestedIpv4} is the fixed address the user asked for ({@code --ip}), "" when the
 * address was the network's choice: a stopped container's address yields to a start that asks
 * for it, and the fixed one is asked for again at the container's own next start.
 *
 * <p>On a user-defined network dockerd adds the container's short id to the aliases when the
 * endpoint is set up — at a start or a {@code network connect}, not at create — and keeps it
 * ({@link #withShortIdAlias}).
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
    @JsonProperty("links") List<String> links,
    @JsonProperty("requestedIpv4") String requestedIpv4) {
  public EndpointRecord {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    links = links == null ? List.of() : List.copyOf(links);
    requestedIpv4 = requestedIpv4 == null ? "" : requestedIpv4;
  }

  /** An endpoint whose address was not asked for. */
  public EndpointRecord(String endpointId, String containerId, String containerName, String ipv4, int prefix, String gateway, String mac,
      List<String> aliases, List<String> links) {
    this(endpointId, containerId, containerName, ipv4, prefix, gateway, mac, aliases, links, "");
  }

  /** An endpoint without links. */
  public EndpointRecord(String endpointId, String containerId, String containerName, String ipv4, int prefix, String gateway, String mac,
      List<String> aliases) {
    this(endpointId, containerId, containerName, ipv4, prefix, gateway, mac, aliases, List.of());
  }

  /** This endpoint with the container's short id among its aliases ({@link #aliasesWithShortId}). */
  public EndpointRecord withShortIdAlias() {
    List<String> more = aliasesWithShortId(aliases, containerId);
    return more.equals(aliases) ? this
        : new EndpointRecord(endpointId, containerId, containerName, ipv4, prefix, gateway, mac, more, links, requestedIpv4);
  }

  /** {@code aliases} with the container's 12-hex short id after the user's, unless it is there already. */
  public static List<String> aliasesWithShortId(List<String> aliases, String containerId) {
    String shortId = containerId.length() > 12 ? containerId.substring(0, 12) : containerId;
    if (aliases.contains(shortId)) {
      return aliases;
    }
    List<String> more = new java.util.ArrayList<>(aliases);
    more.add(shortId);
    return List.copyOf(more);
  }
}
