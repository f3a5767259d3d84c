package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The body of {@code POST /networks/create} (swagger {@code NetworkCreateRequest}). */
public record NetworkCreateBody(
    @JsonProperty("Name") String name,
    @JsonProperty("CheckDuplicate") Boolean checkDuplicate,
    @JsonProperty("Driver") String driver,
    @JsonProperty("Internal") boolean internal,
    @JsonProperty("Attachable") boolean attachable,
    @JsonProperty("Ingress") boolean ingress,
    @JsonProperty("EnableIPv6") boolean enableIpv6,
    @JsonProperty("IPAM") Network.Ipam ipam,
    @JsonProperty("Options") Map<String, String> options,
    @JsonProperty("Labels") Map<String, String> labels,
    @JsonProperty("Scope") String scope,
    @JsonProperty("ConfigOnly") boolean configOnly,
    @JsonProperty("ConfigFrom") Map<String, String> configFrom) {
  public List<Map<String, String>> pools() {
    return ipam == null || ipam.config() == null ? List.of() : ipam.config();
  }
}
