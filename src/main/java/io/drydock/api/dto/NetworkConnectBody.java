package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of {@code POST /networks/{id}/connect} and {@code /disconnect}. */
public record NetworkConnectBody(
    @JsonProperty("Container") String container,
    @JsonProperty("EndpointConfig") EndpointConfig endpointConfig,
    @JsonProperty("Force") boolean force) {

  /** The part of swagger's {@code EndpointSettings} drydock honours. */
  public record EndpointConfig(@JsonProperty("IPAMConfig") IpamConfig ipamConfig, @JsonProperty("Aliases") List<String> aliases,
      @JsonProperty("Links") List<String> links) {}

  /** Swagger {@code EndpointIPAMConfig}. */
  public record IpamConfig(@JsonProperty("IPv4Address") String ipv4Address, @JsonProperty("IPv6Address") String ipv6Address) {}
}
