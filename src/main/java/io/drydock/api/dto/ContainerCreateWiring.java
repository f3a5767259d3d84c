package io.drydock.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The networking and mount half of {@code POST /containers/create}'s body, read from the same
 * parsed body as {@link ContainerCreateRequest}: {@code ExposedPorts}, {@code Volumes}, the
 * {@code HostConfig} fields for networks, ports and mounts, {@code NetworkingConfig}, and
 * {@code MacAddress} (its endpoint's), {@code NetworkDisabled} and {@code Domainname} (for
 * {@code /etc/hosts}). Kept
 * apart so the container DTOs stay as they are.
 */
public record ContainerCreateWiring(
    @JsonProperty("ExposedPorts") Map<String, Object> exposedPorts,
    @JsonProperty("Volumes") Map<String, Object> volumes,
    @JsonProperty("HostConfig") Host hostConfig,
    @JsonProperty("NetworkingConfig") NetworkingConfig networkingConfig,
    @JsonProperty("MacAddress") String macAddress,
    @JsonProperty("NetworkDisabled") Boolean networkDisabled,
    @JsonProperty("Domainname") String domainname) {

  /** The {@code HostConfig} fields for networks, ports, mounts and the containers it takes from. */
  public record Host(
      @JsonProperty("NetworkMode") String networkMode,
      @JsonProperty("Binds") List<String> binds,
      @JsonProperty("Mounts") List<Mount> mounts,
      @JsonProperty("PortBindings") Map<String, List<PortBinding>> portBindings,
      @JsonProperty("PublishAllPorts") Boolean publishAllPorts,
      @JsonProperty("ExtraHosts") List<String> extraHosts,
      @JsonProperty("Dns") List<String> dns,
      @JsonProperty("DnsSearch") List<String> dnsSearch,
      @JsonProperty("DnsOptions") List<String> dnsOptions,
      @JsonProperty("VolumesFrom") List<String> volumesFrom,
      @JsonProperty("Links") List<String> links) {}

  /** Swagger {@code PortBinding}. */
  public record PortBinding(@JsonProperty("HostIp") String hostIp, @JsonProperty("HostPort") String hostPort) {}

  /** Swagger {@code Mount}. */
  public record Mount(
      @JsonProperty("Target") String target,
      @JsonProperty("Source") String source,
      @JsonProperty("Type") String type,
      @JsonProperty("ReadOnly") Boolean readOnly,
      @JsonProperty("BindOptions") BindOptions bindOptions,
      @JsonProperty("VolumeOptions") VolumeOptions volumeOptions,
      @JsonProperty("TmpfsOptions") TmpfsOptions tmpfsOptions) {}

  /** {@code Mount.BindOptions}. */
  public record BindOptions(@JsonProperty("Propagation") String propagation) {}

  /** {@code Mount.VolumeOptions}. */
  public record VolumeOptions(
      @JsonProperty("NoCopy") Boolean noCopy,
      @JsonProperty("Labels") Map<String, String> labels,
      @JsonProperty("DriverConfig") DriverConfig driverConfig) {}

  /** {@code Mount.VolumeOptions.DriverConfig}. */
  public record DriverConfig(@JsonProperty("Name") String name, @JsonProperty("Options") Map<String, String> options) {}

  /** {@code Mount.TmpfsOptions}. */
  public record TmpfsOptions(@JsonProperty("SizeBytes") Long sizeBytes, @JsonProperty("Mode") Integer mode) {}

  /** {@code NetworkingConfig}. */
  public record NetworkingConfig(@JsonProperty("EndpointsConfig") Map<String, NetworkConnectBody.EndpointConfig> endpointsConfig) {}
}
