package io.drydock.engine.network;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One {@code IPAM.Config} entry of a network, as text (subnet, gateway, ip-range; empty when unset). */
public record IpamPool(
    @JsonProperty("subnet") String subnet, @JsonProperty("gateway") String gateway, @JsonProperty("ipRange") String ipRange) {}
