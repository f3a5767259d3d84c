package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** Swagger {@code Network}, as list and inspect return it. */
public record Network(
    @JsonProperty("Name") String name,
    @JsonProperty("Id") String id,
    @JsonProperty("Created") String created,
    @JsonProperty("Scope") String scope,
    @JsonProperty("Driver") String driver,
    @JsonProperty("EnableIPv6") boolean enableIpv6,
    @JsonProperty("IPAM") Ipam ipam,
    @JsonProperty("Internal") boolean internal,
    @JsonProperty("Attachable") boolean attachable,
    @JsonProperty("Ingress") boolean ingress,
    @JsonProperty("ConfigFrom") Map<String, String> configFrom,
    @JsonProperty("ConfigOnly") boolean configOnly,
    @JsonProperty("Containers") Map<String, NetworkContainer> containers,
    @JsonProperty("Options") Map<String, String> options,
    @JsonProperty("Labels") Map<String, String> labels) {

  /** Swagger {@code IPAM}. */
  public record Ipam(
      @JsonProperty("Driver") String driver,
      @JsonProperty("Options") Map<String, String> options,
      @JsonProperty("Config") List<Map<String, String>> config) {}

  /** Swagger {@code NetworkContainer}. */
  public record NetworkContainer(
      @JsonProperty("Name") String name,
      @JsonProperty("EndpointID") String endpointId,
      @JsonProperty("MacAddress") String macAddress,
      @JsonProperty("IPv4Address") String ipv4Address,
      @JsonProperty("IPv6Address") String ipv6Address) {}
}
